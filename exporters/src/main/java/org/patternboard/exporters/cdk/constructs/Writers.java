package org.patternboard.exporters.cdk.constructs;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.patternboard.exporters.cdk.stack.ConnectionWriter;
import org.patternboard.exporters.cdk.stack.ConstructWriter;

/** The construct writer of every component type, and the fallback for connections (grants). */
public final class Writers {
    private Writers() {
    }

    static List<ConstructWriter> all() {
        return List.of(
                new LambdaConstructWriter(),
                new SqsConstructWriter(),
                new SnsConstructWriter(),
                new DynamoDbConstructWriter(),
                new S3ConstructWriter(),
                new KinesisConstructWriter(),
                new FirehoseConstructWriter(),
                new ObservabilityConstructWriter(),
                new SecurityConstructWriter(),
                new EfsConstructWriter(),
                new EventsConstructWriter(),
                new SchedulerConstructWriter(),
                new PipesConstructWriter(),
                new StepFunctionsConstructWriter(),
                new EcsConstructWriter(),
                new DatabaseConstructWriter(),
                new RestApiConstructWriter(),
                new HttpApiConstructWriter(),
                new AppSyncConstructWriter(),
                new CloudFrontConstructWriter(),
                new LoadBalancerConstructWriter(),
                new Route53ConstructWriter(),
                new WafConstructWriter(),
                new CognitoConstructWriter(),
                new MediaConstructWriter(),
                new AlexaConstructWriter(),
                new MqConstructWriter(),
                new ExternalWriter(),
                new GenericResourceConstructWriter());
    }

    /** Type id → writer; a type listed twice is a programming error. */
    public static Map<String, ConstructWriter> byType() {
        Map<String, ConstructWriter> map = new TreeMap<>();
        for (ConstructWriter w : all()) {
            for (String type : w.types()) {
                if (map.put(type, w) != null) {
                    throw new IllegalStateException("two construct writers for " + type);
                }
            }
        }
        return map;
    }

    public static ConnectionWriter fallback() {
        return new Grants();
    }
}
