package org.patternboard.exporters.cdk.project;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;
import org.patternboard.exporters.cdk.stack.Cdk;
import org.patternboard.exporters.cdk.stack.Comments;
import org.patternboard.exporters.cdk.stack.Literals;
import org.patternboard.exporters.cdk.stack.StackContext;

/**
 * The generated project's JUnit test: it synthesizes the stack and checks it with CDK's {@code Template}
 * assertions: the number of resources of each type that only the design's components create, and the key
 * properties of each component's resource.
 */
public final class StackTestGenerator {
    static final ClassName TEMPLATE = ClassName.get(Cdk.BASE + ".assertions", "Template");
    static final ClassName TEST = ClassName.get("org.junit.jupiter.api", "Test");
    /**
     * Resource types no construct creates behind the scenes, so their count is exactly what the design says
     * (functions, buckets, log groups, roles and secrets also come from CDK helpers).
     */
    static final Set<String> EXACT = Set.of("AWS::SQS::Queue", "AWS::SNS::Topic", "AWS::DynamoDB::Table", "AWS::Kinesis::Stream",
            "AWS::StepFunctions::StateMachine", "AWS::ApiGateway::RestApi", "AWS::AppSync::GraphQLApi",
            "AWS::CloudFront::Distribution", "AWS::Cognito::UserPool", "AWS::EFS::FileSystem",
            "AWS::RDS::DBCluster", "AWS::RDS::DBProxy", "AWS::ElastiCache::ReplicationGroup", "AWS::SSM::Parameter",
            "AWS::Lambda::LayerVersion", "AWS::ECR::Repository", "AWS::CloudWatch::Dashboard", "AWS::CloudWatch::Alarm",
            "AWS::CloudWatch::CompositeAlarm", "AWS::Scheduler::Schedule", "AWS::Pipes::Pipe", "AWS::Route53::HostedZone",
            "AWS::CertificateManager::Certificate", "AWS::AmazonMQ::Broker", "AWS::MediaLive::Channel",
            "AWS::MediaPackage::Channel", "AWS::KinesisFirehose::DeliveryStream", "AWS::Events::EventBus",
            "AWS::ECS::Service", "AWS::KMS::Key", "AWS::Lambda::EventSourceMapping",
            "AWS::SNS::Subscription", "AWS::ApiGatewayV2::DomainName", "AWS::ApiGatewayV2::ApiMapping",
            "AWS::ApiGateway::DomainName", "AWS::ApiGateway::BasePathMapping");

    private StackTestGenerator() {
    }

    public static JavaFile generate(ProjectNames names, StackContext ctx) {
        ClassName stack = ClassName.get(names.packageName(), names.stackClass());
        MethodSpec.Builder test = MethodSpec.methodBuilder("synthesizesTheDesignedResources")
                .addAnnotation(TEST)
                .addStatement("$T app = new $T()", Cdk.APP, Cdk.APP)
                .addStatement("$T template = $T.fromStack(new $T(app, $S))", TEMPLATE, TEMPLATE, stack, names.stackId());
        Map<String, Integer> counts = new TreeMap<>();
        for (StackContext.Expectation e : ctx.expectations()) {
            counts.merge(e.cfnType(), 1, Integer::sum);
        }
        CodeBlock.Builder body = CodeBlock.builder();
        counts.forEach((type, n) -> {
            if (EXACT.contains(type)) {
                body.addStatement("template.resourceCountIs($S, $L)", type, n);
            }
        });
        for (StackContext.Expectation e : ctx.expectations()) {
            if (e.properties().isEmpty()) {
                continue;
            }
            body.add("// $L\n", Comments.text(e.elementId()));
            body.addStatement("template.hasResourceProperties($S, $L)", e.cfnType(), Literals.map(e.properties()));
        }
        test.addCode(body.build());
        TypeSpec type = TypeSpec.classBuilder(names.testClass())
                .addJavadoc("Synthesizes the stack and checks the resources the design asks for.\n")
                .addMethod(test.build())
                .build();
        return JavaFile.builder(names.packageName(), type).skipJavaLangImports(true).indent("    ").build();
    }

    public static List<String> exactTypes() {
        return List.copyOf(EXACT);
    }
}
