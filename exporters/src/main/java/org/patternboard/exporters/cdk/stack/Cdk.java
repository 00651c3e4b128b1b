package org.patternboard.exporters.cdk.stack;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;

/** Class names of aws-cdk-lib and constructs, so JavaPoet writes the imports. */
public final class Cdk {
    public static final String BASE = "software.amazon.awscdk";

    public static final ClassName CONSTRUCT = ClassName.get("software.constructs", "Construct");
    public static final ClassName STACK = core("Stack");
    public static final ClassName STACK_PROPS = core("StackProps");
    public static final ClassName APP = core("App");
    public static final ClassName DURATION = core("Duration");
    public static final ClassName SIZE = core("Size");
    public static final ClassName REMOVAL_POLICY = core("RemovalPolicy");
    public static final ClassName CFN_OUTPUT = core("CfnOutput");
    public static final ClassName CFN_RESOURCE = core("CfnResource");
    public static final ClassName FN = core("Fn");
    public static final ClassName AWS = core("Aws");

    private Cdk() {
    }

    public static ClassName core(String simpleName) {
        return ClassName.get(BASE, simpleName);
    }

    /** A class of {@code software.amazon.awscdk.services.<service>}, e.g. {@code of("sqs", "Queue")}. */
    public static ClassName of(String service, String simpleName) {
        return ClassName.get(BASE + ".services." + service, simpleName);
    }

    /** A nested class, e.g. {@code nested("sqs", "CfnQueue", "RedrivePolicyProperty")}. */
    public static ClassName nested(String service, String outer, String inner) {
        return ClassName.get(BASE + ".services." + service, outer, inner);
    }

    public static CodeBlock seconds(long s) {
        return CodeBlock.of("$T.seconds($L)", DURATION, Literals.number(s));
    }

    public static CodeBlock millis(long ms) {
        return CodeBlock.of("$T.millis($L)", DURATION, Literals.number(ms));
    }

    public static CodeBlock minutes(long m) {
        return CodeBlock.of("$T.minutes($L)", DURATION, Literals.number(m));
    }

    public static CodeBlock days(long d) {
        return CodeBlock.of("$T.days($L)", DURATION, Literals.number(d));
    }

    public static CodeBlock hours(long h) {
        return CodeBlock.of("$T.hours($L)", DURATION, Literals.number(h));
    }

    /** The most readable Duration for a number of seconds. */
    public static CodeBlock duration(long seconds) {
        if (seconds > 0 && seconds % 86400 == 0) {
            return days(seconds / 86400);
        }
        if (seconds > 0 && seconds % 3600 == 0) {
            return hours(seconds / 3600);
        }
        if (seconds > 0 && seconds % 60 == 0) {
            return minutes(seconds / 60);
        }
        return seconds(seconds);
    }

    /** An enum constant, e.g. {@code BillingMode.PAY_PER_REQUEST}. */
    public static CodeBlock constant(ClassName type, String name) {
        return CodeBlock.of("$T.$N", type, name);
    }
}
