package org.patternboard.app.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.DesignFiles;
import org.patternboard.model.io.DesignFormatException;

/** The sample designs shipped in the samples module ({@code patternboard/samples/index.json}). */
public final class SampleLibrary {
    static final String ROOT = "patternboard/samples/";

    /** A sample: its file name and its design. */
    public record Sample(String file, Architecture design) {
    }

    private SampleLibrary() {
    }

    public static List<Sample> samples() {
        ClassLoader loader = SampleLibrary.class.getClassLoader();
        List<Sample> list = new ArrayList<>();
        try (InputStream index = loader.getResourceAsStream(ROOT + "index.json")) {
            if (index == null) {
                return list;
            }
            for (JsonNode name : new ObjectMapper().readTree(index)) {
                try (InputStream in = loader.getResourceAsStream(ROOT + name.asText())) {
                    if (in != null) {
                        list.add(new Sample(name.asText(), DesignFiles.parse(
                                new String(in.readAllBytes(), StandardCharsets.UTF_8), ROOT + name.asText())));
                    }
                } catch (DesignFormatException e) {
                    // a broken sample is reported by the samples tests, not here
                }
            }
        } catch (IOException e) {
            return list;
        }
        return list;
    }

    /** The design the app opens with: the first sample, or an empty design. */
    public static Architecture defaultDesign() {
        List<Sample> all = samples();
        return all.isEmpty() ? Architecture.empty("Untitled") : all.get(0).design();
    }
}
