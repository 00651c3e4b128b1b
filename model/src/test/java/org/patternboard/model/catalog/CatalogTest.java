package org.patternboard.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogTest {
    static final List<String> CONTRACT_IDS = List.of(
            "aws.lambda.function", "aws.lambda.layer", "aws.ecs.cluster", "aws.ecs.fargateService", "aws.ecs.fargateTask",
            "aws.apigateway.restApi", "aws.apigatewayv2.httpApi", "aws.apigatewayv2.webSocketApi", "aws.appsync.graphqlApi",
            "aws.cloudfront.distribution", "aws.elbv2.applicationLoadBalancer", "aws.route53.hostedZone",
            "aws.certificatemanager.certificate", "aws.wafv2.webAcl", "aws.cognito.userPool", "aws.secretsmanager.secret",
            "aws.kms.key", "aws.sqs.queue", "aws.sns.topic", "aws.events.eventBus", "aws.events.rule",
            "aws.scheduler.schedule", "aws.pipes.pipe", "aws.stepfunctions.stateMachine", "aws.mq.broker",
            "aws.kinesis.stream", "aws.kinesisfirehose.deliveryStream", "aws.s3.bucket", "aws.efs.fileSystem",
            "aws.dynamodb.table", "aws.rds.dbInstance", "aws.rds.dbCluster", "aws.rds.dbProxy",
            "aws.elasticache.replicationGroup", "aws.cloudwatch.alarm", "aws.cloudwatch.dashboard", "aws.logs.logGroup",
            "aws.medialive.channel", "aws.mediapackage.channel", "aws.alexa.skill", "aws.polly.service",
            "aws.translate.service", "aws.comprehend.service", "aws.rekognition.service", "external.client",
            "external.httpEndpoint", "aws.cloudformation.resource");

    final Catalog catalog = Catalog.standard();

    @Test
    void holdsEveryContractTypeAndAtLeast45() {
        assertThat(catalog.types()).hasSizeGreaterThanOrEqualTo(45);
        assertThat(catalog.typeIds()).containsAll(CONTRACT_IDS);
    }

    @Test
    void contractCloudFormationTypesAndCategories() {
        assertThat(catalog.type("aws.sqs.queue").orElseThrow().cloudFormationType()).isEqualTo("AWS::SQS::Queue");
        assertThat(catalog.type("aws.alexa.skill").orElseThrow().cloudFormationType()).isEqualTo("Alexa::ASK::Skill");
        assertThat(catalog.type("aws.polly.service").orElseThrow().cloudFormationType()).isNull();
        assertThat(catalog.type("external.client").orElseThrow().category()).isEqualTo(Category.External);
        assertThat(catalog.type("aws.rds.dbProxy").orElseThrow().category()).isEqualTo(Category.Database);
    }

    @Test
    void awsLimitsAndDefaults() {
        ComponentType lambda = catalog.type("aws.lambda.function").orElseThrow();
        PropertySpec memory = lambda.property("memorySize").orElseThrow();
        assertThat(memory.min()).isEqualTo(128L);
        assertThat(memory.max()).isEqualTo(10240L);
        assertThat(memory.defaultValue()).isEqualTo(128L);
        PropertySpec timeout = lambda.property("timeout").orElseThrow();
        assertThat(timeout.min()).isEqualTo(1L);
        assertThat(timeout.max()).isEqualTo(900L);
        assertThat(timeout.defaultValue()).isEqualTo(3L);
        PropertySpec visibility = catalog.type("aws.sqs.queue").orElseThrow().property("visibilityTimeout").orElseThrow();
        assertThat(visibility.min()).isEqualTo(0L);
        assertThat(visibility.max()).isEqualTo(43200L);
        assertThat(visibility.defaultValue()).isEqualTo(30L);
        assertThat(catalog.type("aws.cloudformation.resource").orElseThrow().property("resourceType")).isPresent();
    }

    @Test
    void everySpecIsConsistent() {
        for (ComponentType t : catalog.types()) {
            assertThat(t.name()).as(t.id()).isNotBlank();
            for (PropertySpec p : t.properties()) {
                String where = t.id() + "." + p.id();
                if (p.hasDefault()) {
                    assertThat(p.check(p.defaultValue())).as(where + " default fits its own spec").isEmpty();
                }
                if (p.type() == PropertyType.ENUM) {
                    assertThat(p.values()).as(where).isNotEmpty();
                }
                if (p.min() != null && p.max() != null) {
                    assertThat(p.min()).as(where).isLessThanOrEqualTo(p.max());
                }
            }
        }
    }

    @Test
    void propertyChecksGiveClearMessages() {
        PropertySpec memory = catalog.type("aws.lambda.function").orElseThrow().property("memorySize").orElseThrow();
        assertThat(memory.check(64L)).hasValueSatisfying(m -> assertThat(m).contains("memorySize").contains("at least 128"));
        assertThat(memory.check(20000L)).hasValueSatisfying(m -> assertThat(m).contains("at most 10240"));
        assertThat(memory.check("big")).hasValueSatisfying(m -> assertThat(m).contains("whole number"));
        assertThat(memory.check(1024L)).isEmpty();
    }

    @Test
    void exactlyOneDefaultKindPerConnectablePair() {
        Map<String, Integer> defaults = new HashMap<>();
        for (ConnectionRule r : catalog.rules()) {
            defaults.merge(r.from() + " -> " + r.to(), r.isDefault() ? 1 : 0, Integer::sum);
            assertThat(catalog.hasType(r.from())).as("rule source " + r.from()).isTrue();
            assertThat(catalog.hasType(r.to())).as("rule target " + r.to()).isTrue();
        }
        defaults.forEach((pair, count) -> assertThat(count).as("default kinds for " + pair).isEqualTo(1));
    }

    @Test
    void aPlainReferenceIsLegalEverywhereButDefaultOnlyWhereNothingElseIs() {
        assertThat(catalog.legalKinds("aws.dynamodb.table", "aws.sqs.queue")).containsExactly(ConnectionKind.REFERENCES);
        assertThat(catalog.defaultKind("aws.dynamodb.table", "aws.sqs.queue")).contains(ConnectionKind.REFERENCES);
        List<ConnectionKind> fnToTable = catalog.legalKinds("aws.lambda.function", "aws.dynamodb.table");
        assertThat(fnToTable).contains(ConnectionKind.REFERENCES);
        assertThat(fnToTable.get(fnToTable.size() - 1)).isEqualTo(ConnectionKind.REFERENCES);
        assertThat(catalog.defaultKind("aws.lambda.function", "aws.dynamodb.table")).contains(ConnectionKind.READ_WRITES);
    }

    @Test
    void onlySpecificKindsCanBeDrawnByHand() {
        assertThat(catalog.drawableKinds("aws.dynamodb.table", "aws.sqs.queue")).isEmpty();
        assertThat(catalog.whyNotDrawable("aws.dynamodb.table", "aws.sqs.queue").orElseThrow())
                .contains("cannot be connected").contains("aws.dynamodb.table").contains("aws.sqs.queue");
        assertThat(catalog.drawableKinds("aws.lambda.function", "aws.dynamodb.table"))
                .startsWith(ConnectionKind.READ_WRITES).doesNotContain(ConnectionKind.REFERENCES);
        assertThat(catalog.whyNotDrawable("aws.lambda.function", "aws.dynamodb.table")).isEmpty();
    }

    @Test
    void defaultKindsWhenDrawingALine() {
        assertThat(catalog.defaultKind("aws.sns.topic", "aws.sqs.queue")).contains(ConnectionKind.SUBSCRIBES);
        assertThat(catalog.defaultKind("aws.sqs.queue", "aws.lambda.function")).contains(ConnectionKind.TRIGGERS);
        assertThat(catalog.defaultKind("aws.lambda.function", "aws.dynamodb.table")).contains(ConnectionKind.READ_WRITES);
        assertThat(catalog.defaultKind("aws.apigateway.restApi", "aws.lambda.function")).contains(ConnectionKind.INTEGRATES);
        assertThat(catalog.defaultKind("aws.apigatewayv2.httpApi", "aws.lambda.function")).contains(ConnectionKind.INTEGRATES);
        assertThat(catalog.defaultKind("aws.events.eventBus", "aws.events.rule")).contains(ConnectionKind.ROUTES);
        assertThat(catalog.defaultKind("aws.sqs.queue", "aws.sqs.queue")).contains(ConnectionKind.FAILS_TO);
        assertThat(catalog.legalKinds("aws.lambda.function", "aws.dynamodb.table"))
                .contains(ConnectionKind.READS, ConnectionKind.WRITES);
    }

    @Test
    void illegalConnectionsAreRejectedNamingBothTypes() {
        assertThat(catalog.isLegal("aws.dynamodb.table", ConnectionKind.PROTECTS, "aws.s3.bucket")).isFalse();
        assertThat(catalog.whyIllegal("aws.dynamodb.table", ConnectionKind.PROTECTS, "aws.s3.bucket"))
                .hasValueSatisfying(m -> assertThat(m).contains("aws.dynamodb.table").contains("aws.s3.bucket"));
        assertThat(catalog.whyIllegal("aws.sqs.queue", ConnectionKind.INVOKES, "aws.lambda.function"))
                .hasValueSatisfying(m -> assertThat(m).contains("aws.sqs.queue").contains("aws.lambda.function")
                        .contains("triggers"));
        assertThat(catalog.whyIllegal("aws.sqs.queue", ConnectionKind.TRIGGERS, "aws.lambda.function")).isEmpty();
    }

    @Test
    void connectionPropertiesComeFromKindAndRule() {
        assertThat(catalog.connectionProperties("aws.sqs.queue", ConnectionKind.TRIGGERS, "aws.lambda.function"))
                .extracting(PropertySpec::id).contains("batchSize");
        assertThat(catalog.connectionProperties("aws.sns.topic", ConnectionKind.SUBSCRIBES, "aws.sqs.queue"))
                .extracting(PropertySpec::id).contains("filterPolicy", "rawMessageDelivery");
    }
}
