package org.patternboard.exporters.cloudformation.emitters;

import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.core.Emitter;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.core.MappedProperties;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cloudformation.iam.Iam;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/** ECR repositories: scanning, tag immutability, encryption, lifecycle, and pull access for Lambda. */
final class EcrEmitter implements Emitter {
    static final String REPOSITORY = "aws.ecr.repository";

    @Override
    public List<String> types() {
        return List.of(REPOSITORY);
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        Resource r = ctx.add(c, "AWS::ECR::Repository");
        MappedProperties.emit(c, r, p, ctx, "imageTagMutability", "scanOnPush");
        var key = Kms.key(ctx, c);
        if (key.isPresent() || "KMS".equals(p.string("encryption"))) {
            r.put("EncryptionConfiguration", Fn.map("EncryptionType", "KMS",
                    "KmsKey", key.map(k -> Fn.getAtt(ctx.id(k), "Arn")).orElse(null)));
        } else {
            r.put("EncryptionConfiguration", Fn.map("EncryptionType", "AES256"));
        }
        if (p.integer("maxImageCount") != null) {
            r.put("LifecyclePolicy", Fn.map("LifecyclePolicyText", LambdaEmitter.json(Fn.map("rules", List.of(Fn.map(
                    "rulePriority", 1L,
                    "description", "Keep the newest images only",
                    "selection", Fn.map("tagStatus", "any", "countType", "imageCountMoreThan",
                            "countNumber", p.integer("maxImageCount")),
                    "action", Fn.map("type", "expire")))))));
        }
        if (p.bool("emptyOnDelete", false)) {
            r.put("EmptyOnDelete", true);
        }
        boolean lambdaPulls = ctx.incoming(c, ConnectionKind.USES).stream()
                .anyMatch(u -> LambdaEmitter.FUNCTION.equals(ctx.component(u.from()).type()));
        if (lambdaPulls) {
            // Lambda pulls images with its service principal; limited to functions of this account
            r.put("RepositoryPolicyText", Fn.map("Version", Iam.POLICY_VERSION, "Statement", List.of(Fn.map(
                    "Sid", "LambdaPull",
                    "Effect", "Allow",
                    "Principal", Fn.map("Service", "lambda.amazonaws.com"),
                    "Action", ctx.grants().baseline("ecrPull"),
                    "Condition", Fn.map("StringLike", Fn.map("aws:sourceArn",
                            Fn.sub("arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:*")))))));
        }
        ctx.output(c, "Uri", Fn.getAtt(ctx.id(c), "RepositoryUri"), "Repository URI");
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        String id = ctx.id(c);
        return switch (form) {
            case "arn" -> Fn.getAtt(id, "Arn");
            case "uri" -> Fn.getAtt(id, "RepositoryUri");
            case "imageUri" -> Fn.concat(Fn.getAtt(id, "RepositoryUri"), ":latest");
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    @Override
    public Map<String, Object> environment(Component c, ExportContext ctx) {
        return Map.of("URI", Fn.getAtt(ctx.id(c), "RepositoryUri"));
    }

    @Override
    public boolean wireTo(Connection conn, ExportContext ctx) {
        return conn.kind() == ConnectionKind.USES;
    }
}
