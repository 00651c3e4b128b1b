package org.patternboard.app.files;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.patternboard.model.io.AtomicFiles;

/**
 * Where the main window was when it last closed, so the next start puts it back (desktop users expect it).
 * Kept as {@code window.json} in the app home; a damaged or missing file just means the default placement.
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {
    static final String FILE = "window.json";

    public static Optional<WindowPlacement> load(AppHome home) {
        Path file = home.dir().resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Map<?, ?> m = new ObjectMapper().readValue(file.toFile(), Map.class);
            WindowPlacement p = new WindowPlacement(number(m, "x"), number(m, "y"), number(m, "width"),
                    number(m, "height"), Boolean.TRUE.equals(m.get("maximized")));
            return p.width() >= 200 && p.height() >= 150 ? Optional.of(p) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public void save(AppHome home) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("x", x);
        m.put("y", y);
        m.put("width", width);
        m.put("height", height);
        m.put("maximized", maximized);
        try {
            Files.createDirectories(home.dir());
            AtomicFiles.write(home.dir().resolve(FILE),
                    new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(m).getBytes(StandardCharsets.UTF_8), false);
        } catch (IOException e) {
            // Losing the window position is not worth an error dialog on quit.
        }
    }

    /** True when at least a grabbable strip of the title bar lies on one of the given screen areas. */
    public boolean visibleOn(java.util.List<double[]> screens) {
        for (double[] s : screens) {
            double left = Math.max(x, s[0]);
            double right = Math.min(x + width, s[0] + s[2]);
            if (right - left >= 100 && y >= s[1] && y + 30 <= s[1] + s[3]) {
                return true;
            }
        }
        return false;
    }

    private static double number(Map<?, ?> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            throw new IllegalArgumentException(key);
        }
        return n.doubleValue();
    }
}
