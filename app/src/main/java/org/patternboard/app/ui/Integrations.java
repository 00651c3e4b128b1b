package org.patternboard.app.ui;

import java.util.function.Function;
import org.patternboard.app.export.CdkJavaProject;
import org.patternboard.app.export.CdkProject;
import org.patternboard.app.viewmodel.BlockCatalog;
import org.patternboard.app.viewmodel.ClasspathBlocks;
import org.patternboard.app.viewmodel.DesignChecker;
import org.patternboard.app.viewmodel.RuleEngineChecker;
import org.patternboard.exporters.cdk.CdkJavaExporter;
import org.patternboard.exporters.cloudformation.CloudFormationExporter;
import org.patternboard.model.design.Architecture;

/**
 * The parts of Patternboard the window uses but does not own: the rule engine, the pattern library and the
 * exporters. One place wires them; a null means "not part of this build" and the UI says so.
 */
public record Integrations(
        DesignChecker checker,
        BlockCatalog blocks,
        Function<Architecture, String> cloudFormationJson,
        Function<Architecture, String> cloudFormationYaml,
        Function<Architecture, String> cdkStackSource,
        CdkProject cdkProject) {

    /** Everything wired; a new rule session per call (one per window). */
    public static Integrations standard() {
        CloudFormationExporter cfn = new CloudFormationExporter();
        CdkJavaExporter cdk = new CdkJavaExporter();
        return new Integrations(RuleEngineChecker.standard(), ClasspathBlocks.load(), cfn::toJson, cfn::toYaml,
                cdk::stackSource, new CdkJavaProject());
    }
}
