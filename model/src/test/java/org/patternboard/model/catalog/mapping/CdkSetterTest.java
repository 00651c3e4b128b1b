package org.patternboard.model.catalog.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.PropertySpec;
import org.patternboard.model.catalog.PropertyType;

class CdkSetterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCatalogNamesSettersForLambdaSizing() {
        ResourceMapping m = Catalog.standard().mappingOf("aws.lambda.function", "AWS::Lambda::Function").orElseThrow();
        CdkSetter timeout = m.property("timeout").orElseThrow().cdkSetter().orElseThrow();
        assertThat(timeout.setter()).isEqualTo("timeout");
        assertThat(timeout.form()).isEqualTo("duration");
        assertThat(timeout.always()).isTrue();
        CdkSetter arch = m.property("architecture").orElseThrow().cdkSetter().orElseThrow();
        assertThat(arch.constantService()).isEqualTo("lambda");
        assertThat(arch.constantClass()).isEqualTo("Architecture");
        assertThat(arch.constantName("arm64")).isEqualTo("ARM_64");
    }

    @Test
    void constantNamesDefaultToUpperSnake() {
        CdkSetter s = new CdkSetter("billingMode", "constant", "dynamodb.BillingMode", Map.of(), false);
        assertThat(s.constantName("PAY_PER_REQUEST")).isEqualTo("PAY_PER_REQUEST");
        assertThat(s.constantName("bursting")).isEqualTo("BURSTING");
        assertThat(s.constantName("http2and3")).isEqualTo("HTTP2AND3");
    }

    @Test
    void aStringIsALiteralSetter() throws Exception {
        PropertyMapping pm = parse("{\"delay\": {\"path\": \"DelaySeconds\", \"cdk\": \"deliveryDelay\"}}").property("delay").orElseThrow();
        assertThat(pm.cdkSetter()).contains(new CdkSetter("deliveryDelay", "literal", null, Map.of(), false));
    }

    @Test
    void mistakesFailAtLoadNamingTheProperty() {
        assertThatThrownBy(() -> parse("{\"delay\": {\"path\": \"D\", \"cdk\": {\"set\": \"x\", \"unit\": \"s\"}}}"))
                .hasMessageContaining("'delay' cdk has an unknown option 'unit'");
        assertThatThrownBy(() -> parse("{\"delay\": {\"path\": \"D\", \"cdk\": {\"as\": \"seconds\"}}}"))
                .hasMessageContaining("names no setter");
        assertThatThrownBy(() -> parse("{\"delay\": {\"path\": \"D\", \"cdk\": {\"set\": \"x\", \"as\": \"fortnights\"}}}"))
                .hasMessageContaining("unknown CDK form 'fortnights'");
        assertThatThrownBy(() -> parse("{\"delay\": {\"path\": \"D\", \"cdk\": {\"set\": \"x\", \"constant\": \"BillingMode\"}}}"))
                .hasMessageContaining("is not service.Class");
        assertThatThrownBy(() -> parse("{\"delay\": {\"path\": \"D\", \"cdk\": {\"set\": \"x\", \"values\": {\"a\": \"A\"}}}}"))
                .hasMessageContaining("values apply to a constant only");
    }

    private static ResourceMapping parse(String properties) throws Exception {
        JsonNode array = JSON.readTree("[{\"resourceType\": \"AWS::SQS::Queue\", \"properties\": " + properties + "}]");
        PropertySpec delay = new PropertySpec("delay", PropertyType.INT, "Delay.", 0, 0L, 900L, "seconds", List.of(), List.of(), false);
        return MappingParser.parse("aws.sqs.queue", id -> id.equals("delay") ? Optional.of(delay) : Optional.empty(),
                "AWS::SQS::Queue", array, "test.json").get(0);
    }
}
