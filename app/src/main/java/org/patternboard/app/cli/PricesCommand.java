package org.patternboard.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.patternboard.model.cost.prices.OfferImporter;
import org.patternboard.model.cost.prices.PriceTable;
import org.patternboard.model.cost.prices.PriceTables;
import org.patternboard.model.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code patternboard prices import OFFER.json... [--region R] [--out FILE]}: price tables from AWS's offer files. */
@Command(name = "prices", mixinStandardHelpOptions = true, description = "Manage the price tables cost estimates use.",
        subcommands = PricesCommand.Import.class)
public final class PricesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Cli.OK;
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Read AWS Price List bulk offer files (e.g. .../offers/v1.0/aws/AWSLambda/current/us-west-2/index.json)"
                    + " and write the price table of their region, which 'cost --region R' then uses.")
    static final class Import implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "OFFER.json", description = "one or more offer files of one region")
        List<Path> offers;

        @Option(names = "--region", paramLabel = "R", description = "the region to take (needed when the files cover several)")
        String region;

        @Option(names = "--out", paramLabel = "FILE",
                description = "where to write the table (default: REGION.json in ~/.patternboard/prices or $PATTERNBOARD_PRICES_DIR)")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            ObjectMapper mapper = new ObjectMapper();
            List<JsonNode> nodes = new ArrayList<>();
            for (Path p : offers) {
                try {
                    nodes.add(mapper.readTree(p.toFile()));
                } catch (IOException e) {
                    throw new UserError(p + ": " + (Files.exists(p) ? "not readable JSON (" + firstLine(e) + ")" : "no such file"));
                }
            }
            OfferImporter.Result result;
            try {
                String target = region;
                PriceTable base = baseFor(target);
                result = new OfferImporter().importOffers(nodes, region, base);
                if (target == null) { // the files named the region: refresh its own local table when there is one
                    PriceTable local = localOrNull(result.table().region());
                    if (local != null) {
                        result = new OfferImporter().importOffers(nodes, result.table().region(), local);
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new UserError(offers.get(0) + (offers.size() > 1 ? " (and " + (offers.size() - 1) + " more)" : "")
                        + ": " + e.getMessage());
            }
            Path file = out != null ? out : PriceTables.localFile(result.table().region());
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            String json = mapper.enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result.table().toJson(mapper)) + "\n";
            AtomicFiles.write(file, json.getBytes(StandardCharsets.UTF_8), false);
            var w = spec.commandLine().getOut();
            w.println("patternboard: wrote " + file + " (" + result.table().region() + ", prices of "
                    + result.table().pricesAsOf() + ": " + result.refreshed().size() + " items refreshed, "
                    + result.kept().size() + " types keep the prices they had)");
            w.flush();
            return Cli.OK;
        }

        /** The table to refresh: the region's local one, else the bundled one (us-east-1's structure and prices). */
        private static PriceTable baseFor(String region) {
            PriceTable local = region == null ? null : localOrNull(region);
            if (local != null) {
                return local;
            }
            PriceTable bundled = region == null ? null : PriceTables.bundled(region);
            return bundled != null ? bundled : PriceTables.bundled(PriceTables.DEFAULT_REGION);
        }

        private static PriceTable localOrNull(String region) {
            Path f = PriceTables.localFile(region);
            if (!Files.isRegularFile(f)) {
                return null;
            }
            try {
                return PriceTables.read(f);
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(f + " is not a readable price table (" + e.getMessage() + ")");
            }
        }

        private static String firstLine(IOException e) {
            String m = String.valueOf(e.getMessage());
            int nl = m.indexOf('\n');
            return nl < 0 ? m : m.substring(0, nl);
        }
    }
}
