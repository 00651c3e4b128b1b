package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SEC-022: environment variables whose names say "secret" and whose values are literals. */
public final class PlaintextSecretInEnvironment extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-022", Pillar.SECURITY, Severity.ERROR)
            .title("Secret in plain-text environment variables")
            .rationale("Environment variables are visible to anyone who can read the function or task configuration,"
                    + " and they end up in templates, version control and logs. Secrets belong in Secrets Manager or"
                    + " Parameter Store, fetched at run time or referenced dynamically.")
            .remedy("Store the value in Secrets Manager (connect the secret with 'uses') and pass only its name or ARN.")
            .references("SEC 3", "checkov:CKV_AWS_45", "cdk-nag:AwsSolutions-ECS2")
            .build();

    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(password|passwd|pwd|secret|token|api[_-]?key|private[_-]?key|credential).*");
    /** Values that point at a secret instead of holding it. */
    private static final Pattern REFERENCE = Pattern.compile("(?i)^(\\{\\{resolve:|arn:aws[a-z-]*:(secretsmanager|ssm):|\\$\\{|/).*");

    public PlaintextSecretInEnvironment() {
        super(INFO, LAMBDA, FARGATE_SERVICE, FARGATE_TASK);
    }

    @Override
    protected void check(Component subject, RuleContext ctx, Findings out) {
        if (!(subject.property("environment") instanceof Map<?, ?> env)) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (Map.Entry<?, ?> e : env.entrySet()) {
            String value = e.getValue() == null ? "" : String.valueOf(e.getValue());
            if (SECRET_NAME.matcher(String.valueOf(e.getKey())).matches() && !value.isBlank()
                    && !REFERENCE.matcher(value).matches()) {
                names.add(String.valueOf(e.getKey()));
            }
        }
        if (!names.isEmpty()) {
            out.report("environment variable" + (names.size() > 1 ? "s " : " ") + String.join(", ", names)
                    + (names.size() > 1 ? " hold" : " holds") + " a literal value that looks like a secret");
        }
    }
}
