package org.patternboard.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.patternboard.exporters.cost.CostCsv;
import org.patternboard.exporters.cost.CostJson;
import org.patternboard.exporters.cost.CostMarkdown;
import org.patternboard.exporters.cost.CostText;
import org.patternboard.model.cost.estimate.CostEstimate;
import org.patternboard.model.cost.estimate.EstimateOptions;
import org.patternboard.model.cost.estimate.Estimator;
import org.patternboard.model.cost.prices.PriceTable;
import org.patternboard.model.cost.prices.PriceTables;
import org.patternboard.model.design.Architecture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code patternboard cost DESIGN|TEMPLATE [--format text|json|csv|md] [--region R] [--scale F] [--free-tier]}. */
@Command(name = "cost", mixinStandardHelpOptions = true,
        description = "Estimate a design's monthly cost: traffic from its entry points, per component, per group, total.",
        footer = {"", "Rates are set per component in the design's usage object (docs/cost.md); entry points without one"
                + " get a default, listed under the assumptions.",
                "Price tables: built in for us-east-1; 'patternboard prices import' adds others (kept in "
                        + "~/.patternboard/prices, or $PATTERNBOARD_PRICES_DIR)."})
public final class CostCommand implements Callable<Integer> {
    enum Format { text, json, csv, md }

    @Parameters(index = "0", paramLabel = "DESIGN", description = "the *.pboard.json design, or a CloudFormation or SAM"
            + " template, imported in memory")
    Path design;

    @Option(names = "--format", defaultValue = "text", description = "text, json, csv or md (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--region", defaultValue = PriceTables.DEFAULT_REGION, paramLabel = "R",
            description = "the price table's region (default: ${DEFAULT-VALUE})")
    String region;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "F",
            description = "what-if: multiply every entry rate by F, e.g. 0.1, 10, 100 (default: ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--free-tier", description = "take the AWS free tier off (once for the design)")
    boolean freeTier;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!(scale >= 0) || Double.isInfinite(scale)) {
            throw new UserError("--scale must be a number of 0 or more, not " + scale);
        }
        Architecture a = TemplateInput.isTemplate(design) ? TemplateInput.load(design).result().design()
                : DesignInput.load(design);
        PriceTable prices;
        try {
            prices = PriceTables.forRegion(region);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        CostEstimate estimate = Estimator.standard().estimate(a, new EstimateOptions(prices, scale, freeTier));
        String name = design.toString();
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (format) {
            case json -> CostJson.write(estimate);
            case csv -> CostCsv.write(estimate);
            case md -> CostMarkdown.write(name, estimate);
            default -> CostText.write(name, estimate);
        });
        out.flush();
        return Cli.OK;
    }
}
