package org.patternboard.exporters.cloudformation.emitters;

import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.core.Emitter;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.model.design.Component;

/**
 * Services used only through their API (Polly, Translate, Comprehend, Rekognition): no resource of their
 * own. They export the permissions their callers get (iam-actions.json) and their settings, passed to the
 * callers as environment variables.
 */
final class ApiOnlyServiceEmitter implements Emitter {
    @Override
    public List<String> types() {
        return List.of("aws.polly.service", "aws.translate.service", "aws.comprehend.service", "aws.rekognition.service");
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        // nothing to create: an API-only service is always there
    }

    @Override
    public Map<String, Object> environment(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        Map<String, Object> env = new java.util.LinkedHashMap<>();
        switch (c.type()) {
            case "aws.polly.service" -> {
                put(env, "VOICE_ID", p.string("voiceId"));
                put(env, "ENGINE", p.string("engine"));
                put(env, "OUTPUT_FORMAT", p.string("outputFormat"));
            }
            case "aws.translate.service" -> {
                put(env, "SOURCE_LANGUAGE", p.string("sourceLanguage"));
                put(env, "TARGET_LANGUAGE", p.string("targetLanguage"));
                put(env, "PROFANITY_MASKING", String.valueOf(p.bool("profanityMasking", false)));
            }
            case "aws.comprehend.service" -> {
                put(env, "LANGUAGE_CODE", p.string("languageCode"));
                if (!p.list("features").isEmpty()) {
                    put(env, "FEATURES", String.join(",", p.list("features").stream().map(String::valueOf).toList()));
                }
            }
            default -> {
                put(env, "MIN_CONFIDENCE", String.valueOf(p.integer("minConfidence")));
                if (!p.list("features").isEmpty()) {
                    put(env, "FEATURES", String.join(",", p.list("features").stream().map(String::valueOf).toList()));
                }
            }
        }
        return env;
    }

    private static void put(Map<String, Object> env, String key, String value) {
        if (value != null && !value.isEmpty()) {
            env.put(key, value);
        }
    }
}
