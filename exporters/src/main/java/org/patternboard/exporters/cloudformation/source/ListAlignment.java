package org.patternboard.exporters.cloudformation.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Aligns an old and a new list on their longest common subsequence of equal items, so inserting one item
 * touches one place. Between two kept items, old and new items pair up in order as changed items; the rest are
 * removed (old) or inserted (new).
 */
final class ListAlignment {
    /** One step: {@code oldIndex} and/or {@code newIndex}; -1 where the step has no item on that side. */
    record Step(int oldIndex, int newIndex, boolean equal) {
        boolean removed() {
            return newIndex < 0;
        }

        boolean inserted() {
            return oldIndex < 0;
        }
    }

    private ListAlignment() {
    }

    static List<Step> align(List<?> old, List<?> neu) {
        int n = old.size();
        int m = neu.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = Values.same(old.get(i), neu.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Step> steps = new ArrayList<>();
        List<Integer> gapOld = new ArrayList<>();
        List<Integer> gapNew = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && Values.same(old.get(i), neu.get(j)) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
                flush(steps, gapOld, gapNew);
                steps.add(new Step(i++, j++, true));
            } else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                gapNew.add(j++);
            } else {
                gapOld.add(i++);
            }
        }
        flush(steps, gapOld, gapNew);
        return steps;
    }

    private static void flush(List<Step> steps, List<Integer> gapOld, List<Integer> gapNew) {
        int paired = Math.min(gapOld.size(), gapNew.size());
        for (int k = 0; k < paired; k++) {
            steps.add(new Step(gapOld.get(k), gapNew.get(k), false));
        }
        for (int k = paired; k < gapOld.size(); k++) {
            steps.add(new Step(gapOld.get(k), -1, false));
        }
        for (int k = paired; k < gapNew.size(); k++) {
            steps.add(new Step(-1, gapNew.get(k), false));
        }
        gapOld.clear();
        gapNew.clear();
    }
}
