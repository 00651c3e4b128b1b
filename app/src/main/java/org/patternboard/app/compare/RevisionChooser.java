package org.patternboard.app.compare;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import org.patternboard.app.diff.Git;

/** Asks which git revision of the open file to compare with; tests answer without a dialog. */
public interface RevisionChooser {
    Optional<Git.Revision> choose(String fileName, List<Git.Revision> revisions);

    /** A choice dialog listing the revisions newest first, the newest preselected. */
    static RevisionChooser dialog(Window owner) {
        return (fileName, revisions) -> {
            ChoiceDialog<Git.Revision> d = new ChoiceDialog<>(revisions.get(0), revisions);
            d.initOwner(owner);
            d.setTitle("Compare with Revision");
            d.setHeaderText("Compare the open design with " + fileName + " as of");
            d.setContentText("Revision:");
            return d.showAndWait();
        };
    }
}
