package org.patternboard.model.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;

/** A child process for {@link AtomicSaveCrashTest}: saves ever-changing designs until it is killed. */
public final class SaveLoop {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        System.out.println("ready");
        System.out.flush();
        for (int i = 0; ; i++) {
            DesignFiles.save(design(i), file);
        }
    }

    /** Design number i: its size varies so a torn write would show. */
    static Architecture design(int i) {
        List<Component> components = new java.util.ArrayList<>();
        for (int c = 0; c < 20 + (i % 50); c++) {
            components.add(new Component("c" + c, "aws.sqs.queue", "Queue" + c + "_" + i, c * 10, i, null, null, null,
                    Map.of("visibilityTimeout", 30 + c), Map.of()));
        }
        return Architecture.of("Loop " + i, "", components, List.of(), List.of(), List.of(), List.of(), Map.of());
    }
}
