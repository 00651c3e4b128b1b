package org.patternboard.model.catalog.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.patternboard.model.catalog.Category;

class ResourceSchemasTest {
    final ResourceSchemas schemas = ResourceSchemas.standard();

    ResourceSchema type(String name) {
        return schemas.type(name).orElseThrow(() -> new AssertionError("no schema for " + name));
    }

    @Test
    void holdsEveryProviderTypeOnce() {
        assertThat(schemas.all()).hasSizeGreaterThanOrEqualTo(1000);
        assertThat(schemas.all()).extracting(ResourceSchema::typeName).doesNotHaveDuplicates().isSorted();
        assertThat(schemas.type("AWS::No::Such")).isEmpty();
        assertThat(ResourceSchemas.standard()).isSameAs(schemas);
    }

    @Test
    void sqsQueueIsTyped() {
        ResourceSchema queue = type("AWS::SQS::Queue");
        assertThat(queue.service()).isEqualTo("sqs");
        assertThat(queue.property("VisibilityTimeout").orElseThrow().type()).isEqualTo(SchemaType.INTEGER);
        assertThat(queue.property("QueueName").orElseThrow().createOnly()).isTrue();
        assertThat(queue.property("VisibilityTimeout").orElseThrow().createOnly()).isFalse();
        assertThat(queue.property("Arn").orElseThrow().readOnly()).isTrue();
        assertThat(queue.hasAttribute("Arn")).isTrue();
        assertThat(queue.hasAttribute("QueueName")).isTrue();
        assertThat(queue.hasAttribute("RedrivePolicy.maxReceiveCount")).isTrue();
        assertThat(queue.hasAttribute("NoSuchAttribute")).isFalse();
        SchemaProperty redrive = queue.property("RedrivePolicy").orElseThrow();
        assertThat(redrive.type()).isEqualTo(SchemaType.OBJECT);
        assertThat(redrive.property("maxReceiveCount").orElseThrow().type()).isEqualTo(SchemaType.INTEGER);
    }

    @Test
    void lambdaFunctionRequirementsEnumsAndNestedFlags() {
        ResourceSchema function = type("AWS::Lambda::Function");
        assertThat(function.required()).contains("Code", "Role");
        assertThat(function.required()).doesNotContain("Runtime", "Handler");
        SchemaProperty packageType = function.property("PackageType").orElseThrow();
        assertThat(packageType.isEnum()).isTrue();
        assertThat(packageType.enumValues()).containsExactlyInAnyOrder("Image", "Zip");
        assertThat(function.property("Code.S3Bucket").orElseThrow().writeOnly()).isTrue();
        assertThat(function.property("Code.NoSuch")).isEmpty();
        assertThat(function.hasAttribute("Arn")).isTrue();
        SchemaProperty tags = function.property("Tags").orElseThrow();
        assertThat(tags.type()).isEqualTo(SchemaType.ARRAY);
        assertThat(tags.itemType()).isEqualTo(SchemaType.OBJECT);
        assertThat(tags.property("Key").orElseThrow().required()).isTrue();
    }

    @Test
    void nestedReadOnlyPropertiesAreDottedAttributes() {
        assertThat(type("AWS::RDS::DBInstance").hasAttribute("Endpoint.Address")).isTrue();
        assertThat(type("AWS::CloudFormation::Stack").hasAttribute("Outputs.BucketName")).isTrue();
        assertThat(type("AWS::CloudFormation::Stack").hasAttribute("Outputs")).isFalse();
    }

    @Test
    void samTypesAreIncludedWithPassThroughTypes() {
        for (String sam : new String[] {"Function", "Api", "HttpApi", "SimpleTable", "StateMachine", "LayerVersion",
                "Application", "Connector", "GraphQLApi"}) {
            assertThat(schemas.type("AWS::Serverless::" + sam)).as(sam).isPresent();
        }
        ResourceSchema function = type("AWS::Serverless::Function");
        assertThat(function.properties()).containsKeys("CodeUri", "Handler", "Runtime", "Events");
        assertThat(function.property("Handler").orElseThrow().type()).isEqualTo(SchemaType.STRING);
        // Runtime passes through to AWS::Lambda::Function, whose schema carries the enum
        assertThat(function.property("Runtime").orElseThrow().enumValues()).contains("python3.12", "nodejs20.x");
        assertThat(function.hasAttribute("Arn")).isTrue();
        assertThat(function.description()).isNotBlank();
    }

    @Test
    void searchFindsByServiceAndNameWords() {
        assertThat(schemas.search("ssm param", 5)).first().extracting(ResourceSchema::typeName)
                .isEqualTo("AWS::SSM::Parameter");
        assertThat(schemas.search("SQS QUEUE", 3)).first().extracting(ResourceSchema::typeName)
                .isEqualTo("AWS::SQS::Queue");
        assertThat(schemas.search("AWS::Lambda::Function", 1)).extracting(ResourceSchema::typeName)
                .containsExactly("AWS::Lambda::Function");
        assertThat(schemas.search("lambda", 4)).hasSize(4)
                .allSatisfy(s -> assertThat(s.typeName().toLowerCase()).contains("lambda"));
        assertThat(schemas.search("   ", 10)).isEmpty();
        assertThat(schemas.search("zzzznotatype", 10)).isEmpty();
    }

    @Test
    void everyServiceHasACategory() {
        assertThat(schemas.all()).allSatisfy(s -> assertThat(schemas.categorizesService(s.service())).as(s.typeName()).isTrue());
        assertThat(schemas.categoryOf("AWS::SQS::Queue")).isEqualTo(Category.Integration);
        assertThat(schemas.categoryOf("AWS::Lambda::Function")).isEqualTo(Category.Compute);
        assertThat(schemas.categoryOf("AWS::DynamoDB::GlobalTable")).isEqualTo(Category.Database);
        assertThat(schemas.categoryOf("AWS::Serverless::SimpleTable")).isEqualTo(Category.Database);
        assertThat(schemas.categoryOf("AWS::Serverless::Function")).isEqualTo(Category.Compute);
        assertThat(schemas.categoryOf("AWS::EC2::VPC")).isEqualTo(Category.Networking);
        assertThat(schemas.categoryOf("Custom::Anything")).isEqualTo(Category.Generic);
        assertThat(type("Alexa::ASK::Skill").service()).isEqualTo("ask");
        assertThat(schemas.categoryOf("Alexa::ASK::Skill")).isEqualTo(Category.Frontend);
    }

    @Test
    void recordedSourceMatchesTheGenerator() throws IOException {
        assertThat(schemas.sourceVersion()).isEqualTo("cfn-lint 1.51.0 us-east-1");
        String generator = Files.readString(Path.of("../tools/cfn-schemas/generate.py"));
        Matcher format = Pattern.compile("(?m)^FORMAT = (\\d+)$").matcher(generator);
        assertThat(format.find()).isTrue();
        assertThat(Integer.parseInt(format.group(1))).isEqualTo(ResourceSchemaLoader.FORMAT);
        assertThat(Files.readString(Path.of("../tools/cfn-schemas/README.md"))).contains("cfn-lint==1.51.0");
    }

    @Test
    void gzipHeaderCarriesNoTimestampOrName() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ResourceSchemaLoader.SCHEMAS)) {
            byte[] header = in.readNBytes(10);
            assertThat(header[0] & 0xff).isEqualTo(0x1f);
            assertThat(header[1] & 0xff).isEqualTo(0x8b);
            assertThat(header[3] & 0x08).as("FNAME flag").isZero();
            assertThat(new byte[] {header[4], header[5], header[6], header[7]}).as("MTIME").containsOnly(0);
        }
    }
}
