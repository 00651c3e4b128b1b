package org.patternboard.model.patterns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.DesignFiles;
import org.patternboard.model.io.DesignFormatException;

/**
 * The pattern blocks that ship with Patternboard. They live in the {@code samples} module under
 * {@code patternboard/blocks/}; {@code index.json} names the files, because a class path inside a jar
 * cannot be listed. Blocks keep the order of the index (sorted by file name).
 */
public final class PatternLibrary {
    /** Where the blocks are on the class path. */
    public static final String RESOURCE_ROOT = "patternboard/blocks/";
    public static final String INDEX = "index.json";

    private static volatile PatternLibrary standard;

    private final Map<String, PatternBlock> blocks;

    private PatternLibrary(List<PatternBlock> list) {
        Map<String, PatternBlock> byId = new LinkedHashMap<>();
        for (PatternBlock b : list) {
            if (byId.put(b.id(), b) != null) {
                throw new BlockFormatException("two blocks have the id '" + b.id() + "'");
            }
        }
        this.blocks = Collections.unmodifiableMap(byId);
    }

    public static PatternLibrary of(List<PatternBlock> blocks) {
        return new PatternLibrary(blocks);
    }

    /** The library on the class path (loaded once). */
    public static PatternLibrary standard() {
        PatternLibrary lib = standard;
        if (lib == null) {
            synchronized (PatternLibrary.class) {
                lib = standard;
                if (lib == null) {
                    lib = fromClassPath(PatternLibrary.class.getClassLoader());
                    standard = lib;
                }
            }
        }
        return lib;
    }

    public static PatternLibrary fromClassPath(ClassLoader loader) {
        List<PatternBlock> list = new ArrayList<>();
        for (String file : index(read(loader, RESOURCE_ROOT + INDEX), "class path " + RESOURCE_ROOT + INDEX)) {
            String resource = RESOURCE_ROOT + file;
            list.add(parse(read(loader, resource), resource));
        }
        return new PatternLibrary(list);
    }

    /** Reads the blocks of a directory laid out like the class path one (for tools and tests). */
    public static PatternLibrary fromDirectory(Path dir) throws IOException {
        List<PatternBlock> list = new ArrayList<>();
        Path indexFile = dir.resolve(INDEX);
        for (String file : index(Files.readString(indexFile, StandardCharsets.UTF_8), indexFile.toString())) {
            Path path = dir.resolve(file);
            list.add(parse(Files.readString(path, StandardCharsets.UTF_8), path.toString()));
        }
        return new PatternLibrary(list);
    }

    public List<PatternBlock> blocks() {
        return List.copyOf(blocks.values());
    }

    public Optional<PatternBlock> block(String id) {
        return Optional.ofNullable(blocks.get(id));
    }

    public int size() {
        return blocks.size();
    }

    /** The file name a block is stored under. */
    public static String fileName(String blockId) {
        return blockId + DesignFiles.EXTENSION;
    }

    private static List<String> index(String json, String where) {
        JsonNode node;
        try {
            node = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new BlockFormatException(where + ": not valid JSON: " + e.getMessage(), e);
        }
        if (node == null || !node.isArray()) {
            throw new BlockFormatException(where + ": must be a JSON array of block file names");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode n : node) {
            if (!n.isTextual() || !n.asText().endsWith(DesignFiles.EXTENSION) || n.asText().contains("/")) {
                throw new BlockFormatException(where + ": '" + n + "' is not a block file name");
            }
            names.add(n.asText());
        }
        return names;
    }

    private static PatternBlock parse(String content, String source) {
        Architecture design;
        try {
            design = DesignFiles.parse(content, source);
        } catch (DesignFormatException e) {
            throw new BlockFormatException(e.getMessage(), e);
        }
        try {
            return PatternBlock.of(design);
        } catch (BlockFormatException e) {
            throw new BlockFormatException(source + ": " + e.getMessage(), e);
        }
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("pattern library resource missing from the class path: " + resource
                        + " (the samples module provides it)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
