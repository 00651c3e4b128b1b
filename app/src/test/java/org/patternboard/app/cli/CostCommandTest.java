package org.patternboard.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.model.cost.prices.PriceTables;

/** {@code patternboard cost} and {@code patternboard prices import}: formats, --scale, --region, bad input. */
class CostCommandTest {
    static final Path BIG_FAN = DiffCommandTest.BIG_FAN;
    static final Path OFFER = Path.of("src", "test", "resources", "cost", "lambda-offer-us-west-2.json");
    final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeEach
    void privatePriceFolder() {
        System.setProperty(PriceTables.DIR_PROPERTY, dir.resolve("prices").toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty(PriceTables.DIR_PROPERTY);
    }

    @Test
    void jsonHasTheContractShape() throws Exception {
        CliRun run = CliRun.of("cost", BIG_FAN.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = json.readTree(run.out());
        assertThat(root.get("region").asText()).isEqualTo("us-east-1");
        assertThat(root.get("currency").asText()).isEqualTo("USD");
        assertThat(root.get("pricesAsOf").asText()).isEqualTo("2026-12-01");
        assertThat(root.get("scale").asInt()).isEqualTo(1);
        assertThat(root.get("unpriced")).isEmpty();
        double sum = 0;
        for (JsonNode c : root.get("components")) {
            assertThat(c.has("id") && c.has("type") && c.has("monthly") && c.has("lineItems")).isTrue();
            sum += c.get("monthly").asDouble();
            for (JsonNode i : c.get("lineItems")) {
                assertThat(i.fieldNames()).toIterable().startsWith("name", "quantity", "unit", "unitPrice", "monthly");
            }
        }
        assertThat(root.get("total").asDouble()).isCloseTo(sum, within(0.001));
        JsonNode fn = find(root, "created-fn");
        assertThat(fn.get("lineItems").get(0).get("name").asText()).isEqualTo("requests");
        assertThat(fn.get("lineItems").get(0).get("quantity").asLong()).isEqualTo(50_000); // 500k messages / 10
        assertThat(fn.get("lineItems").get(0).get("unitPrice").asDouble()).isEqualTo(2.0E-7);
        assertThat(root.get("assumptions").toString()).contains("orders-api: no rate set");
        assertThat(run.out()).isEqualTo(CliRun.of("cost", BIG_FAN.toString(), "--format", "json").out()); // deterministic
    }

    @Test
    void scaleMultipliesEveryEntryRate() throws Exception {
        JsonNode one = json.readTree(CliRun.of("cost", BIG_FAN.toString(), "--format", "json").out());
        JsonNode ten = json.readTree(CliRun.of("cost", BIG_FAN.toString(), "--format", "json", "--scale", "10").out());
        assertThat(ten.get("scale").asInt()).isEqualTo(10);
        assertThat(find(ten, "order-events").get("traffic").get("requests").asLong())
                .isEqualTo(10 * find(one, "order-events").get("traffic").get("requests").asLong());
        assertThat(ten.get("total").asDouble()).isGreaterThan(one.get("total").asDouble());
    }

    @Test
    void textCsvAndMarkdown() {
        CliRun text = CliRun.of("cost", BIG_FAN.toString());
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).startsWith(BIG_FAN + ": $").contains(" a month (us-east-1 list prices of 2026-12-01, scale 1)")
                .contains("orders-api (aws.apigateway.restApi)").contains("requests: 1,000,000 requests x $0.0000035")
                .contains("\nAssumptions\n");
        CliRun csv = CliRun.of("cost", BIG_FAN.toString(), "--format", "csv");
        assertThat(csv.out()).startsWith("component,type,item,quantity,unit,unitPrice,monthly\r\n")
                .contains("orders-api,aws.apigateway.restApi,requests,1000000,requests,3.5E-6,3.5\r\n")
                .contains("\r\ntotal,,,,,,");
        CliRun md = CliRun.of("cost", BIG_FAN.toString(), "--format", "md");
        assertThat(md.out()).startsWith("# Cost estimate: ").contains("| component | type | item | quantity | unit price | monthly |")
                .contains("## Assumptions");
    }

    @Test
    void importedOfferFileIsUsedForItsRegion() throws Exception {
        Path out = dir.resolve("elsewhere.json");
        assertThat(CliRun.of("prices", "import", OFFER.toString(), "--out", out.toString()).exitCode()).isZero();
        CliRun imp = CliRun.of("prices", "import", OFFER.toString());
        assertThat(imp.exitCode()).as(imp.err()).isZero();
        Path table = dir.resolve("prices").resolve("us-west-2.json");
        assertThat(imp.out()).contains("wrote " + table).contains("us-west-2").contains("2 items refreshed");
        assertThat(table).exists();
        JsonNode root = json.readTree(CliRun.of("cost", BIG_FAN.toString(), "--format", "json", "--region", "us-west-2").out());
        assertThat(root.get("region").asText()).isEqualTo("us-west-2");
        assertThat(root.get("pricesAsOf").asText()).isEqualTo("2026-11-15");
        JsonNode requests = find(root, "created-fn").get("lineItems").get(0);
        assertThat(requests.get("unitPrice").asDouble()).isEqualTo(3.0E-7); // the offer file's price, not us-east-1's
        assertThat(root.get("assumptions").get(0).asText()).contains("refreshed from AWS Price List offer files AWSLambda");
        assertThat(Files.readString(out)).isEqualTo(Files.readString(table));
    }

    @Test
    void badInputExitsTwoWithOneLine() throws Exception {
        CliRun missing = CliRun.of("cost", dir.resolve("nothing.pboard.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("patternboard: ").contains("nothing.pboard.json").hasLineCount(1);
        CliRun region = CliRun.of("cost", BIG_FAN.toString(), "--region", "eu-central-1");
        assertThat(region.exitCode()).isEqualTo(2);
        assertThat(region.err()).contains("no price table for region 'eu-central-1'").hasLineCount(1);
        CliRun scale = CliRun.of("cost", BIG_FAN.toString(), "--scale", "-3");
        assertThat(scale.exitCode()).isEqualTo(2);
        assertThat(scale.err()).contains("--scale must be a number of 0 or more").hasLineCount(1);
        CliRun format = CliRun.of("cost", BIG_FAN.toString(), "--format", "xml");
        assertThat(format.exitCode()).isEqualTo(2);
        Path notOffer = dir.resolve("not-offer.json");
        Files.writeString(notOffer, "{\"hello\": 1}");
        CliRun imp = CliRun.of("prices", "import", notOffer.toString());
        assertThat(imp.exitCode()).isEqualTo(2);
        assertThat(imp.err()).contains("not an AWS Price List offer file").hasLineCount(1);
        CliRun wrongRegion = CliRun.of("prices", "import", OFFER.toString(), "--region", "eu-west-1");
        assertThat(wrongRegion.exitCode()).isEqualTo(2);
        assertThat(wrongRegion.err()).contains("no prices for region 'eu-west-1'");
    }

    @Test
    void templatesAreEstimatedLikeDesigns() throws Exception {
        Path template = dir.resolve("t.yaml");
        Files.writeString(template, """
                Resources:
                  Queue:
                    Type: AWS::SQS::Queue
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: nodejs20.x
                      Handler: index.handler
                      Code: {ZipFile: "exports.handler = async () => 1"}
                      Role: arn:aws:iam::123456789012:role/x
                """);
        CliRun run = CliRun.of("cost", template.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(json.readTree(run.out()).get("total").asDouble()).isPositive();
    }

    /** The done-means: every shipped sample and block gets an estimate with nothing unpriced. */
    @Test
    void everyShippedDesignIsEstimatedWithNothingUnpriced() throws Exception {
        List<Path> files;
        try (var s = Files.walk(Path.of("..", "samples", "src", "main", "resources", "patternboard"))) {
            files = s.filter(p -> p.toString().endsWith(".pboard.json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(50);
        for (Path f : files) {
            CliRun run = CliRun.of("cost", f.toString(), "--format", "json");
            assertThat(run.exitCode()).as(f + ": " + run.err()).isZero();
            JsonNode root = json.readTree(run.out());
            assertThat(root.get("unpriced")).as(f.toString()).isEmpty();
            assertThat(root.get("total").asDouble()).as(f.toString()).isPositive();
        }
    }

    static JsonNode find(JsonNode root, String id) {
        for (JsonNode c : root.get("components")) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no component " + id);
    }
}
