package org.patternboard.app.files;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.patternboard.app.viewmodel.BlockInfo;
import org.patternboard.model.design.Architecture;

/** Opens any sample design or pattern block as a new, untitled design; each card shows its diagram ({@link Thumbnails}). */
public final class GalleryDialog {
    private GalleryDialog() {
    }

    public static Optional<Architecture> show(Window owner, List<SampleLibrary.Sample> samples, List<BlockInfo> blocks) {
        Dialog<Architecture> d = new Dialog<>();
        d.setTitle("Gallery");
        d.setHeaderText("Open a sample design or a pattern block");
        d.initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            d.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        d.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        TextField search = new TextField();
        search.setPromptText("Search");
        VBox content = new VBox(8);
        content.setPadding(new Insets(4));
        Runnable fill = () -> {
            String q = search.getText() == null ? "" : search.getText().toLowerCase(Locale.ROOT);
            content.getChildren().clear();
            FlowPane s = new FlowPane(10, 10);
            for (SampleLibrary.Sample sample : samples) {
                if (matches(q, sample.design().name(), sample.design().description())) {
                    s.getChildren().add(card(d, "sample:" + sample.file(), sample.design().name(), sample.design().description(),
                            sample.design().components().size(), sample.design()));
                }
            }
            FlowPane b = new FlowPane(10, 10);
            for (BlockInfo block : blocks) {
                if (matches(q, block.name(), block.summary())) {
                    b.getChildren().add(card(d, "block:" + block.id(), block.name(), block.summary(), block.design().components().size(),
                            block.design()));
                }
            }
            Label st = new Label("SAMPLES");
            st.getStyleClass().add("palette-section-title");
            Label bt = new Label("PATTERN BLOCKS");
            bt.getStyleClass().add("palette-section-title");
            content.getChildren().addAll(st, s, bt, b);
        };
        search.textProperty().addListener((o, a, n) -> fill.run());
        fill.run();
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(900, 560);
        d.getDialogPane().setContent(new VBox(8, search, scroll));
        d.setResultConverter(bt -> null);
        return d.showAndWait();
    }

    private static boolean matches(String q, String... fields) {
        for (String f : fields) {
            if (q.isEmpty() || (f != null && f.toLowerCase(Locale.ROOT).contains(q))) {
                return true;
            }
        }
        return false;
    }

    private static VBox card(Dialog<Architecture> d, String key, String title, String summary, int components,
            Architecture design) {
        ImageView thumbnail = new ImageView();
        thumbnail.setFitWidth(Thumbnails.WIDTH);
        thumbnail.setFitHeight(Thumbnails.HEIGHT);
        thumbnail.setPreserveRatio(true);
        thumbnail.setSmooth(true);
        StackPane frame = new StackPane(thumbnail);
        frame.getStyleClass().add("gallery-thumbnail");
        frame.setMinSize(Thumbnails.WIDTH, Thumbnails.HEIGHT);
        frame.setPrefSize(Thumbnails.WIDTH, Thumbnails.HEIGHT);
        frame.setId("gallery-thumbnail-" + key.replace(':', '-').replace('.', '-'));
        Thumbnails.shared().of(key, design).thenAccept(img -> Platform.runLater(() -> thumbnail.setImage(img)));
        Label t = new Label(title);
        t.getStyleClass().add("title");
        Label s = new Label(summary == null ? "" : summary);
        s.getStyleClass().add("summary");
        s.setMaxHeight(64);
        Label n = new Label(components + " components");
        n.getStyleClass().add("summary");
        VBox card = new VBox(frame, t, s, n);
        card.getStyleClass().add("gallery-card");
        card.setPrefWidth(270);
        card.setOnMouseClicked(e -> {
            d.setResult(design);
            d.close();
        });
        return card;
    }
}
