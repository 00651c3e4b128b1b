package org.patternboard.model.design;

import java.util.Map;
import java.util.Objects;

/**
 * A placed component. {@code type} may be unknown to this catalog (kept, not dropped);
 * {@code extra} holds fields this version does not know, so they survive a save.
 */
public record Component(
        String id,
        String type,
        String name,
        double x,
        double y,
        Double width,
        Double height,
        String parent,
        Map<String, Object> properties,
        Map<String, Object> extra) {

    public static final double DEFAULT_WIDTH = 180;
    public static final double DEFAULT_HEIGHT = 72;

    public Component {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        name = name == null ? id : name;
        properties = Values.freezeMap(properties);
        extra = Values.freezeMap(extra);
    }

    public static Component of(String id, String type, String name, double x, double y) {
        return new Component(id, type, name, x, y, null, null, null, Map.of(), Map.of());
    }

    public double effectiveWidth() {
        return width == null ? DEFAULT_WIDTH : width;
    }

    public double effectiveHeight() {
        return height == null ? DEFAULT_HEIGHT : height;
    }

    public Object property(String key) {
        return properties.get(key);
    }

    public Component withName(String newName) {
        return new Component(id, type, newName, x, y, width, height, parent, properties, extra);
    }

    public Component withId(String newId) {
        return new Component(newId, type, name, x, y, width, height, parent, properties, extra);
    }

    public Component withPosition(double nx, double ny) {
        return new Component(id, type, name, nx, ny, width, height, parent, properties, extra);
    }

    public Component withSize(Double w, Double h) {
        return new Component(id, type, name, x, y, w, h, parent, properties, extra);
    }

    public Component withParent(String newParent) {
        return new Component(id, type, name, x, y, width, height, newParent, properties, extra);
    }

    public Component withProperty(String key, Object value) {
        return new Component(id, type, name, x, y, width, height, parent, Values.with(properties, key, value), extra);
    }

    public Component withProperties(Map<String, Object> newProperties) {
        return new Component(id, type, name, x, y, width, height, parent, newProperties, extra);
    }

    /** A copy with other extra fields (fields this version does not model, and the cost {@code usage} object). */
    public Component withExtra(Map<String, Object> newExtra) {
        return new Component(id, type, name, x, y, width, height, parent, properties, newExtra);
    }
}
