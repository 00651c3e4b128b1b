package org.patternboard.app.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.patternboard.app.files.FileDialogs;
import org.patternboard.app.files.Recovery;

/** Answers the file questions with scripted answers, so tests never block on a native dialog. */
final class TestDialogs implements FileDialogs {
    final Deque<Path> saveAnswers = new ArrayDeque<>();
    final Deque<Path> openAnswers = new ArrayDeque<>();
    Discard discardAnswer = Discard.CANCEL;
    boolean recoverAnswer = true;
    int discardQuestions;
    String lastError;

    @Override
    public Optional<Path> chooseOpen() {
        return Optional.ofNullable(openAnswers.poll());
    }

    @Override
    public Optional<Path> chooseSave(String suggestedName) {
        return Optional.ofNullable(saveAnswers.poll());
    }

    @Override
    public Discard confirmDiscard(String name) {
        discardQuestions++;
        return discardAnswer;
    }

    @Override
    public boolean offerRecovery(Recovery.Orphan orphan) {
        return recoverAnswer;
    }

    @Override
    public void showError(String title, String message) {
        lastError = title + ": " + message;
    }

    /** Progress steps seen by the last runWithProgress; cancelAfter stops the work after that many. */
    int progressSteps;
    int cancelAfter = Integer.MAX_VALUE;

    @Override
    public <T> Optional<T> runWithProgress(String title, Work<T> work) throws Exception {
        progressSteps = 0;
        return Optional.ofNullable(work.run((done, total, what) -> ++progressSteps < cancelAfter));
    }
}
