package org.patternboard.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.patternboard.app.canvas.CanvasColors;
import org.patternboard.exporters.diagram.DiagramStyle;
import org.patternboard.model.catalog.Category;

/** The light theme's category tokens are the AWS category colours the icons and the exports use. */
class ThemeCategoryColoursTest {
    @Test
    void lightThemeCategoryTokensEqualTheIconIndexColours() throws Exception {
        String css;
        try (InputStream in = getClass().getResourceAsStream("/org/patternboard/app/theme/tokens-light.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Category c : Category.values()) {
            Matcher m = Pattern.compile(Pattern.quote(CanvasColors.categoryToken(c)) + ":\\s*(#[0-9A-Fa-f]{6});").matcher(css);
            assertThat(m.find()).as(c.name()).isTrue();
            assertThat(m.group(1)).as(c.name()).isEqualToIgnoringCase(DiagramStyle.standard().categoryColor(c));
        }
    }
}
