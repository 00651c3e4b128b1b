package org.patternboard.exporters.cloudformation.emitters;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.patternboard.exporters.cloudformation.core.Emitter;

/** The emitters, one per component family. */
public final class Emitters {
    private Emitters() {
    }

    public static List<Emitter> all() {
        return List.of(
                new LambdaEmitter(),
                new SqsEmitter(),
                new SnsEmitter(),
                new EventsEmitter(),
                new SchedulerEmitter(),
                new PipesEmitter(),
                new StepFunctionsEmitter(),
                new DynamoDbEmitter(),
                new S3Emitter(),
                new EfsEmitter(),
                new KinesisEmitter(),
                new FirehoseEmitter(),
                new RestApiEmitter(),
                new HttpApiEmitter(),
                new AppSyncEmitter(),
                new CloudFrontEmitter(),
                new LoadBalancerEmitter(),
                new Route53Emitter(),
                new CertificateEmitter(),
                new WafEmitter(),
                new CognitoEmitter(),
                new SecurityEmitter(),
                new EcsEmitter(),
                new EcrEmitter(),
                new RdsEmitter(),
                new ElastiCacheEmitter(),
                new MqEmitter(),
                new ObservabilityEmitter(),
                new MediaEmitter(),
                new AlexaEmitter(),
                new ApiOnlyServiceEmitter(),
                new ExternalEmitter(),
                new GenericResourceEmitter());
    }

    /** Type id → its emitter; a type claimed twice is a programming error. */
    public static Map<String, Emitter> byType() {
        Map<String, Emitter> map = new TreeMap<>();
        for (Emitter e : all()) {
            for (String type : e.types()) {
                if (map.put(type, e) != null) {
                    throw new IllegalStateException(type + " has two emitters");
                }
            }
        }
        return Collections.unmodifiableMap(map);
    }
}
