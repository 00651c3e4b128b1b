package org.patternboard.model.patterns.recognition;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.edit.Edit;
import org.patternboard.model.patterns.PatternBlock;
import org.patternboard.model.patterns.PatternLibrary;
import org.patternboard.model.patterns.recognition.BlockShape.Role;

/**
 * Finds the library's blocks inside a design (an imported template, typically) by component type and
 * connection kind, never by id or name, and frames what it finds as one undoable edit.
 * <p>A match needs the block's whole core and at least the minimum completeness of the recognition data;
 * what is optional and missing is named in the label ("The Big Fan without dead-letter queues"). A component
 * belongs to at most one match: larger and more complete matches win, ties go to the block whose properties
 * agree best, then to library order. Components already inside a pattern frame are left alone.
 */
public final class PatternRecognizer {
    private final RecognitionRules rules;
    private final List<BlockShape> shapes;
    private final MissingWords words;

    public PatternRecognizer(PatternLibrary library) {
        this(library, Catalog.standard());
    }

    public PatternRecognizer(PatternLibrary library, Catalog catalog) {
        this.rules = RecognitionRules.standard();
        this.words = new MissingWords(rules, catalog);
        List<BlockShape> list = new ArrayList<>();
        int order = 0;
        for (PatternBlock b : library.blocks()) {
            BlockShape shape = new BlockShape(b, order++, rules, catalog);
            // Too small a core (one queue) is never a pattern.
            if (shape.coreCount() >= rules.minCoreComponents() && !shape.links.isEmpty()) {
                list.add(shape);
            }
        }
        this.shapes = List.copyOf(list);
    }

    /** The blocks found, best match first; deterministic for a given design. */
    public List<PatternMatch> recognize(Architecture design) {
        DesignGraph graph = new DesignGraph(design, rules);
        PriorityQueue<Candidate> queue = new PriorityQueue<>(Candidate.BEST_FIRST);
        for (BlockShape shape : shapes) {
            for (Candidate c : new ShapeMatcher(shape, graph).candidates()) {
                if (acceptable(c)) {
                    queue.add(c);
                }
            }
        }
        BitSet taken = new BitSet(graph.size());
        List<PatternMatch> result = new ArrayList<>();
        while (!queue.isEmpty()) {
            Candidate best = queue.poll();
            Candidate trimmed = best.without(taken);
            if (trimmed == null) {
                continue;
            }
            if (trimmed != best) {
                // It lost parts to a better match: rank it again with what is left.
                if (acceptable(trimmed)) {
                    queue.add(trimmed);
                }
                continue;
            }
            for (int v : best.sortedComponents) {
                taken.set(v);
            }
            result.add(toMatch(best));
        }
        return List.copyOf(result);
    }

    /** One undoable edit that frames every match as a pattern group named by its label. */
    public Edit frame(Architecture design, List<PatternMatch> matches) {
        return new MatchFramer().frame(design, matches);
    }

    private boolean acceptable(Candidate c) {
        return c.coreComplete() && c.completeness >= rules.minCompleteness();
    }

    private PatternMatch toMatch(Candidate c) {
        BlockShape shape = c.shape;
        Map<String, String> roles = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < shape.size(); i++) {
            if (c.map[i] >= 0) {
                roles.put(shape.nodes[i].id(), c.graph.id(c.map[i]));
            } else if (shape.roles[i] != Role.INCIDENTAL) {
                missing.add(shape.nodes[i].id());
            }
        }
        String qualifier = words.qualifier(shape, c.map);
        String label = qualifier.isEmpty() ? shape.block.name() : shape.block.name() + " " + qualifier;
        return new PatternMatch(shape.block.id(), shape.block.name(), label, roles, missing, c.completeness);
    }
}
