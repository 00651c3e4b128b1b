package org.patternboard.model.catalog.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.catalog.PropertyType;

class ValueConversionTest {
    private final Catalog catalog = Catalog.standard();

    @Test
    void aListItemIsTheOnlyItemOfTheCloudFormationList() {
        ValueConversion c = new ValueConversion(PropertyType.ENUM, Map.of(), 1, List.of("x86_64", "arm64"), true, false);
        assertThat(c.write("arm64")).isEqualTo(List.of("arm64"));
        assertThat(c.read(List.of("arm64"))).contains("arm64");
        // two items are not one design value: they stay in the template as written
        assertThat(c.read(List.of("arm64", "x86_64"))).isEmpty();
        assertThat(c.read("arm64")).isEmpty();
        assertThat(c.read(List.of(Map.of("Ref", "Arch")))).isEmpty();
    }

    @Test
    void aNumberAsStringIsWrittenAsTextAndReadBackAsANumber() {
        ValueConversion c = new ValueConversion(PropertyType.SIZE, Map.of(), 1, List.of(), false, true);
        assertThat(c.write(512L)).isEqualTo("512");
        assertThat(c.read("512")).contains(512L);
        assertThat(c.read(512)).contains(512L);
    }

    @Test
    void aBoolTableReadsBackBooleans() {
        ValueConversion c = new ValueConversion(PropertyType.BOOL, Map.of("true", "ACTIVE", "false", "INACTIVE"), 1);
        assertThat(c.write(true)).isEqualTo("ACTIVE");
        assertThat(c.read("INACTIVE")).contains(false);
        assertThat(c.read("SOMETIMES")).isEmpty();
    }

    @Test
    void theCatalogUsesTheNewOptions() {
        ResourceMapping fn = catalog.mappingOf("aws.lambda.function", "AWS::Lambda::Function").orElseThrow();
        assertThat(fn.read(Map.of("Architectures", List.of("arm64")))).containsEntry("architecture", "arm64");
        ResourceMapping task = catalog.mappingOf("aws.ecs.fargateTask", "AWS::ECS::TaskDefinition").orElseThrow();
        assertThat(task.read(Map.of("Memory", "2048"))).containsEntry("memory", 2048L);
        ResourceMapping pool = catalog.mappingOf("aws.cognito.userPool", "AWS::Cognito::UserPool").orElseThrow();
        assertThat(pool.read(Map.of("AdminCreateUserConfig", Map.of("AllowAdminCreateUserOnly", true))))
                .containsEntry("selfSignUp", false);
        assertThat(fn.property("packageType").orElseThrow().omitDefault()).isTrue();
        assertThat(fn.property("memorySize").orElseThrow().omitDefault()).isFalse();
    }

    @Test
    void sharedCloudFormationTypesAreToldApartByWhen() {
        assertThat(catalog.mappingFor("AWS::ApiGatewayV2::Api", Map.of("ProtocolType", "WEBSOCKET")).orElseThrow()
                .componentType()).isEqualTo("aws.apigatewayv2.webSocketApi");
        assertThat(catalog.mappingFor("AWS::ApiGatewayV2::Api", Map.of("ProtocolType", "HTTP")).orElseThrow()
                .componentType()).isEqualTo("aws.apigatewayv2.httpApi");
        assertThat(catalog.mappingFor("AWS::ElasticLoadBalancingV2::LoadBalancer", Map.of("Type", "network"))
                .orElseThrow().componentType()).isEqualTo("aws.elbv2.networkLoadBalancer");
        assertThat(catalog.mappingFor("AWS::ElasticLoadBalancingV2::LoadBalancer", Map.of()).orElseThrow()
                .componentType()).isEqualTo("aws.elbv2.applicationLoadBalancer");
    }

    @Test
    void mistakesInTheDataFailAtLoad() throws Exception {
        ComponentType queue = catalog.type("aws.sqs.queue").orElseThrow();
        ObjectMapper json = new ObjectMapper();
        assertThatThrownBy(() -> MappingParser.parse(queue, json.readTree(
                "[{\"properties\": {\"fifo\": {\"path\": \"FifoQueue\", \"omitDefualt\": true}}}]"), "sqs.json"))
                .hasMessageContaining("unknown option 'omitDefualt'");
        assertThatThrownBy(() -> MappingParser.parse(queue, json.readTree(
                "[{\"properties\": {\"fifo\": {\"path\": \"FifoQueue\", \"numberAsString\": true}}}]"), "sqs.json"))
                .hasMessageContaining("not a number");
        assertThatThrownBy(() -> MappingParser.parse(queue, json.readTree(
                "[{\"properties\": {\"fifo\": {\"path\": \"FifoQueue\", \"values\": {\"yes\": 1}}}}]"), "sqs.json"))
                .hasMessageContaining("maps only true and false");
    }
}
