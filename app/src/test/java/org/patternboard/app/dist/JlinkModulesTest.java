package org.patternboard.app.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The installed runtime bundles exactly the Java modules the app uses: the list Dist.java hands to jlink is
 * what jdeps finds in the app and every dependency jar, plus the modules loaded by name only (each with its
 * reason in the list). A new dependency that needs another module fails here, not on a user's machine.
 */
class JlinkModulesTest {
    static final Path LIST = Path.of("src", "dist", "jlink-modules.txt");
    /** Loaded through a service or by name, so jdeps cannot see them; the list says why for each. */
    static final Set<String> NOT_VISIBLE_TO_JDEPS = Set.of("jdk.compiler");

    @Test
    void theListIsWhatJdepsFindsPlusTheModulesLoadedByName() throws Exception {
        List<String> listed = listed();
        List<String> jars = Arrays.stream(Files.readString(Path.of("target", "classpath.txt")).trim().split(java.io.File.pathSeparator))
                .filter(s -> !s.isBlank()).toList();
        List<String> args = new ArrayList<>(List.of("-q", "--ignore-missing-deps", "--multi-release", "17",
                "--print-module-deps", "--class-path", String.join(java.io.File.pathSeparator, jars), "target/classes"));
        args.addAll(jars);
        StringWriter out = new StringWriter();
        int code = ToolProvider.findFirst("jdeps").orElseThrow().run(new PrintWriter(out), new PrintWriter(out),
                args.toArray(String[]::new));
        assertThat(code).as(out.toString()).isZero();
        Set<String> needed = new TreeSet<>(Arrays.asList(out.toString().trim().split(",")));
        needed.addAll(NOT_VISIBLE_TO_JDEPS);
        // Compared as jlink resolves them: jdeps prints a reduced set (java.desktop comes with jdk.unsupported.desktop).
        assertThat(closure(listed)).isEqualTo(closure(needed));
    }

    /** The modules and everything they require, as in the jlink'd runtime's release file. */
    static Set<String> closure(java.util.Collection<String> roots) {
        Set<String> all = new TreeSet<>();
        List<String> pending = new ArrayList<>(roots);
        while (!pending.isEmpty()) {
            String name = pending.remove(pending.size() - 1);
            if (all.add(name)) {
                ModuleFinder.ofSystem().find(name).orElseThrow().descriptor().requires().stream()
                        .filter(r -> !r.modifiers().contains(java.lang.module.ModuleDescriptor.Requires.Modifier.STATIC))
                        .forEach(r -> pending.add(r.name()));
            }
        }
        return all;
    }

    @Test
    void everyListedModuleIsInTheJdkAndSaysWhyItIsThere() throws Exception {
        for (String module : listed()) {
            assertThat(ModuleFinder.ofSystem().find(module)).as(module).isPresent();
        }
        List<String> withoutReason = Files.readAllLines(LIST).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.trim().equals("java.base") && !l.contains("#"))
                .collect(Collectors.toList());
        assertThat(withoutReason).as("modules listed without a reason").isEmpty();
    }

    static List<String> listed() throws Exception {
        return Files.readAllLines(LIST).stream().map(l -> l.replaceAll("#.*", "").trim()).filter(l -> !l.isEmpty()).toList();
    }
}
