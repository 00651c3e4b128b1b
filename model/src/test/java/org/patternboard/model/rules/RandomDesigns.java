package org.patternboard.model.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.catalog.PropertySpec;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Suppression;
import org.patternboard.model.edit.Edit;
import org.patternboard.model.edit.Edits;
import org.patternboard.model.edit.Ids;
import org.patternboard.model.edit.ReplaceComponent;
import org.patternboard.model.edit.ReplaceConnection;

/**
 * Turns random numbers into design changes that exercise the rules: components of rule-relevant types,
 * property values the catalog allows (including unset), legal connections with properties, removals,
 * renames, moves, suppressions and applied quick fixes.
 */
final class RandomDesigns {
    /** Every catalog type but the generic resource, which no rule reads. */
    static final List<String> TYPES = Catalog.standard().types().stream().map(ComponentType::id)
            .filter(id -> !id.equals(ComponentType.GENERIC_ID)).toList();
    private static final List<Object> NUMBERS = List.of(0L, 1L, 2L, 3L, 5L, 10L, 20L, 30L, 60L, 100L, 900L, 1000L,
            29000L, 345600L, 1209600L);
    private static final List<Object> TEXTS = List.of("shared", "other", "rate(1 minute)", "cron(0/2 * * * ? *)",
            "rate(1 hour)", "java21", "x");
    private static final List<Object> LISTS = List.of(List.of(), List.of("*"), List.of("x86_64"), List.of("arm64"),
            List.of("www.example.com"));
    private static final List<Object> MAPS = List.of(Map.of(), Map.of("DB_PASSWORD", "hunter2"),
            Map.of("TABLE", "orders"));

    private final Catalog catalog = Catalog.standard();
    private final Edits edits = new Edits(catalog);
    private final RuleEngine engine;

    RandomDesigns(RuleEngine engine) {
        this.engine = engine;
    }

    Optional<Edit> next(Architecture a, ValidationResult current, int seed) {
        int action = seed % 15;
        int r = seed / 15;
        List<Component> comps = new ArrayList<>(a.components());
        List<Connection> conns = new ArrayList<>(a.connections());
        switch (action) {
            case 0, 1, 2: {
                String type = TYPES.get(r % TYPES.size());
                return Optional.of(r % 2 == 0 ? edits.addComponent(a, type, null, r % 1000, r % 700)
                        : addWithAwsDefaults(a, type, r));
            }
            case 3, 4, 5:
                return pick(comps, r).flatMap(c -> setProperty(c, r / 7));
            case 6, 7, 8:
                return connect(a, comps, r);
            case 9:
                return pick(conns, r).flatMap(c -> setConnectionProperty(a, c, r / 7));
            case 10:
                if (r % 2 == 0) {
                    return pick(comps, r / 2).map(c -> edits.remove(a, List.of(c.id())));
                }
                return pick(conns, r / 2).map(c -> new ReplaceConnection(c.id(), null, "Remove"));
            case 11:
                return pick(comps, r).map(c -> r % 2 == 0 ? edits.rename(a, c.id(), "N" + r)
                        : edits.move(List.of(c.id()), 5, 7));
            case 12:
                return pick(current.findings(), r).map(f -> r % 3 == 0
                        ? edits.suppress(a, f.ruleId(), Suppression.WHOLE_DESIGN, "accepted " + r)
                        : edits.suppress(a, f.ruleId(), f.targets().get(r % f.targets().size()), "accepted " + r));
            case 13:
                return pick(current.findings().stream().filter(f -> f.quickFix().isPresent()).toList(), r)
                        .map(f -> f.quickFix().get());
            default:
                return pick(conns, r).flatMap(c -> {
                    List<ConnectionKind> kinds = catalog.legalKinds(typeOf(a, c.from()), typeOf(a, c.to()));
                    return kinds.isEmpty() ? Optional.empty()
                            : Optional.of(new ReplaceConnection(c.id(), c.withKind(kinds.get(r % kinds.size())), "Kind"));
                });
        }
    }

    private static String typeOf(Architecture a, String id) {
        Component c = a.componentOrNull(id);
        return c == null ? "?" : c.type();
    }

    /**
     * A component that states AWS's defaults where Patternboard's differ: unset, those properties are safe, so
     * without this the walk would rarely reach the rules that judge the AWS values.
     */
    private Edit addWithAwsDefaults(Architecture a, String typeId, int r) {
        Component c = Component.of(Ids.fresh(a, Ids.prefixFor(typeId)), typeId, Ids.uniqueName(a, "A" + r, java.util.Set.of()),
                r % 1000, r % 700);
        for (PropertySpec spec : catalog.type(typeId).orElseThrow().properties()) {
            if (spec.patternboardDefault() != null && spec.hasDefault()) {
                c = c.withProperty(spec.id(), spec.defaultValue());
            }
        }
        return edits.add(a, c);
    }

    private Optional<Edit> setProperty(Component c, int r) {
        Optional<ComponentType> type = catalog.type(c.type());
        if (type.isEmpty() || type.get().properties().isEmpty()) {
            return Optional.empty();
        }
        List<PropertySpec> specs = type.get().properties();
        PropertySpec spec = specs.get(r % specs.size());
        Object value = valueFor(spec, r / specs.size());
        return Optional.of(new ReplaceComponent(c.id(), c.withProperty(spec.id(), value), "Set " + spec.id()));
    }

    private Optional<Edit> setConnectionProperty(Architecture a, Connection c, int r) {
        List<PropertySpec> specs = catalog.connectionProperties(typeOf(a, c.from()), c.kind(), typeOf(a, c.to()));
        if (specs.isEmpty()) {
            return Optional.empty();
        }
        PropertySpec spec = specs.get(r % specs.size());
        return Optional.of(new ReplaceConnection(c.id(), c.withProperty(spec.id(), valueFor(spec, r / specs.size())),
                "Set " + spec.id()));
    }

    private Optional<Edit> connect(Architecture a, List<Component> comps, int r) {
        if (comps.size() < 2) {
            return Optional.empty();
        }
        Component from = comps.get(r % comps.size());
        List<Component> partners = comps.stream()
                .filter(c -> !meaningfulKinds(from.type(), c.type()).isEmpty()).toList();
        if (partners.isEmpty()) {
            return Optional.empty();
        }
        Component to = partners.get((r / 3) % partners.size());
        List<ConnectionKind> kinds = meaningfulKinds(from.type(), to.type());
        ConnectionKind kind = kinds.get((r / 11) % kinds.size());
        String id = Ids.fresh(a, "c");
        return Optional.of(new ReplaceConnection(id, Connection.of(id, from.id(), to.id(), kind), "Connect"));
    }

    /**
     * The legal kinds but the plain reference edge: it is legal between any two types and no rule reads it,
     * so a walk that drew it would spend its connections on edges that exercise nothing.
     */
    private List<ConnectionKind> meaningfulKinds(String fromType, String toType) {
        return catalog.legalKinds(fromType, toType).stream().filter(k -> k != ConnectionKind.REFERENCES).toList();
    }

    /** A value of the spec's type, or null (unset) one time in five. */
    private static Object valueFor(PropertySpec spec, int r) {
        if (r % 5 == 0) {
            return null;
        }
        return switch (spec.type()) {
            case BOOL -> r % 2 == 0;
            case ENUM -> spec.values().isEmpty() ? null : spec.values().get(r % spec.values().size());
            case INT, DURATION, SIZE -> NUMBERS.get(r % NUMBERS.size());
            case STRING -> TEXTS.get(r % TEXTS.size());
            case LIST -> LISTS.get(r % LISTS.size());
            case MAP -> MAPS.get(r % MAPS.size());
            case JSON -> r % 2 == 0 ? Map.of("source", List.of("x")) : null;
        };
    }

    private static <T> Optional<T> pick(List<T> list, int r) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(Math.floorMod(r, list.size())));
    }

    RuleEngine engine() {
        return engine;
    }
}
