package org.patternboard.exporters.cloudformation.emitters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.model.design.Component;

/** The default metric of each component type (data: {@code alarm-metrics.json}). */
final class Metrics {
    private static final String RESOURCE = "patternboard/cloudformation/alarm-metrics.json";
    private static volatile Map<String, Metric> byType;

    /** One default metric. {@code dimensions} map a dimension name to a value spec (see the data file). */
    record Metric(String namespace, String metric, String statistic, String comparison, long threshold, long period,
            Map<String, String> dimensions) {
    }

    private Metrics() {
    }

    static Metric of(String typeId) {
        Map<String, Metric> m = byType;
        if (m == null) {
            synchronized (Metrics.class) {
                if (byType == null) {
                    byType = load();
                }
                m = byType;
            }
        }
        return m.get(typeId);
    }

    /** The dimensions of a metric for one component, as CloudFormation's [{Name, Value}] list. */
    static java.util.List<Object> dimensions(Metric metric, Component c, ExportContext ctx) {
        java.util.List<Object> dims = new java.util.ArrayList<>();
        metric.dimensions().forEach((name, spec) -> dims.add(Fn.map("Name", name, "Value", value(spec, c, ctx))));
        return dims;
    }

    static Object value(String spec, Component c, ExportContext ctx) {
        if ("ref".equals(spec)) {
            return Fn.ref(ctx.id(c));
        }
        if (spec.startsWith("getatt:")) {
            return Fn.getAtt(ctx.id(c), spec.substring(7));
        }
        if (spec.startsWith("literal:")) {
            return spec.substring(8);
        }
        if (spec.startsWith("reference:")) {
            return ctx.reference(c, spec.substring(10));
        }
        throw new IllegalStateException("bad dimension value '" + spec + "' in " + RESOURCE);
    }

    private static Map<String, Metric> load() {
        try (InputStream in = Metrics.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Metric> map = new LinkedHashMap<>();
            root.path("metrics").fields().forEachRemaining(e -> {
                JsonNode m = e.getValue();
                Map<String, String> dims = new LinkedHashMap<>();
                m.path("dimensions").fields().forEachRemaining(d -> dims.put(d.getKey(), d.getValue().asText()));
                map.put(e.getKey(), new Metric(m.path("namespace").asText(), m.path("metric").asText(),
                        m.path("statistic").asText(), m.path("comparison").asText(), m.path("threshold").asLong(),
                        m.path("period").asLong(300), dims));
            });
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
