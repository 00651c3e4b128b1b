package org.patternboard.model.catalog.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.patternboard.model.catalog.PropertySpec;
import org.patternboard.model.catalog.PropertyType;

class SchemaPropertySpecsTest {
    @Test
    void aSchemaGivesOneTypedFieldPerSettableProperty() {
        ResourceSchema secret = ResourceSchemas.standard().type("AWS::SecretsManager::Secret").orElseThrow();
        List<PropertySpec> specs = SchemaPropertySpecs.of(secret);
        Map<String, PropertyType> types = specs.stream().collect(Collectors.toMap(PropertySpec::id, PropertySpec::type));
        assertThat(types).containsEntry("Name", PropertyType.STRING).containsEntry("Description", PropertyType.STRING)
                .containsEntry("GenerateSecretString", PropertyType.JSON).containsEntry("Tags", PropertyType.JSON);
        assertThat(types).doesNotContainKey("Id");
        assertThat(specs.stream().filter(s -> s.id().equals("Name")).findFirst().orElseThrow().description())
                .contains("replaces the resource");
    }

    @Test
    void enumsIntegersBooleansAndStringListsGetTheirOwnEditors() {
        ResourceSchema table = ResourceSchemas.standard().type("AWS::DynamoDB::Table").orElseThrow();
        Map<String, PropertySpec> specs = SchemaPropertySpecs.of(table).stream()
                .collect(Collectors.toMap(PropertySpec::id, s -> s));
        assertThat(specs.get("KeySchema").required()).isTrue();
        assertThat(specs.get("DeletionProtectionEnabled").type()).isEqualTo(PropertyType.BOOL);
        ResourceSchema queue = ResourceSchemas.standard().type("AWS::SQS::Queue").orElseThrow();
        Map<String, PropertyType> q = SchemaPropertySpecs.of(queue).stream()
                .collect(Collectors.toMap(PropertySpec::id, PropertySpec::type));
        assertThat(q).containsEntry("DelaySeconds", PropertyType.INT);
        ResourceSchema fn = ResourceSchemas.standard().type("AWS::Lambda::Function").orElseThrow();
        Map<String, PropertyType> f = SchemaPropertySpecs.of(fn).stream()
                .collect(Collectors.toMap(PropertySpec::id, PropertySpec::type));
        assertThat(f).containsEntry("Layers", PropertyType.LIST).containsEntry("Architectures", PropertyType.JSON)
                .containsEntry("PackageType", PropertyType.ENUM);
        assertThat(SchemaPropertySpecs.of(fn).stream().filter(s -> s.id().equals("PackageType")).findFirst().orElseThrow()
                .values()).containsExactlyInAnyOrder("Image", "Zip");
    }
}
