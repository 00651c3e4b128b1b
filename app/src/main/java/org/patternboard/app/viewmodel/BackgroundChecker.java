package org.patternboard.app.viewmodel;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.patternboard.model.design.Architecture;

/**
 * Runs the checker off the UI thread. Only the newest design waiting counts: a burst of edits (a drag)
 * is checked once per round, never queued up, so findings stay live without slowing the canvas.
 */
final class BackgroundChecker {
    private final DesignChecker checker;
    private final Executor publish;
    private final Consumer<DesignCheck> onResult;
    private final Consumer<Throwable> onError;
    private final AtomicReference<Architecture> pending = new AtomicReference<>();
    private final Thread worker;
    private final Object lock = new Object();
    private volatile boolean idle = true;

    BackgroundChecker(DesignChecker checker, Executor publish, Consumer<DesignCheck> onResult, Consumer<Throwable> onError) {
        this.checker = checker;
        this.publish = publish;
        this.onResult = onResult;
        this.onError = onError;
        this.worker = new Thread(this::loop, "patternboard-rules");
        worker.setDaemon(true);
        worker.start();
    }

    void submit(Architecture design) {
        synchronized (lock) {
            pending.set(design);
            idle = false;
            lock.notifyAll();
        }
    }

    /** True when nothing is waiting or being checked (tests and the screenshot wait for this). */
    boolean isIdle() {
        return idle;
    }

    private void loop() {
        while (true) {
            Architecture next;
            synchronized (lock) {
                while (pending.get() == null) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                next = pending.getAndSet(null);
            }
            try {
                DesignCheck result = checker.check(next);
                publish.execute(() -> onResult.accept(result));
            } catch (RuntimeException | Error e) {
                publish.execute(() -> onError.accept(e));
            }
            synchronized (lock) {
                if (pending.get() == null) {
                    // Published results are applied on the UI thread; idle is set after they are queued.
                    publish.execute(() -> {
                        if (pending.get() == null) {
                            idle = true;
                        }
                    });
                }
            }
        }
    }
}
