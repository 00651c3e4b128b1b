package org.patternboard.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.GroupKind;

/** Turns a list of random numbers into a valid edit for the current design (for property tests). */
final class RandomEdits {
    private static final List<String> TYPES = List.of("aws.lambda.function", "aws.sqs.queue", "aws.sns.topic",
            "aws.dynamodb.table", "aws.apigateway.restApi", "aws.s3.bucket", "aws.events.eventBus", "aws.events.rule");

    private final Edits edits = new Edits(Catalog.standard());

    Optional<Edit> next(Architecture a, int seed) {
        int action = seed % 13;
        int r = seed / 13;
        List<Component> comps = new ArrayList<>(a.components());
        List<Connection> conns = new ArrayList<>(a.connections());
        List<Group> groups = new ArrayList<>(a.groups());
        switch (action) {
            case 0, 1:
                return Optional.of(edits.addComponent(a, TYPES.get(r % TYPES.size()), null, r % 900, (r * 7) % 600));
            case 2:
                return pick(comps, r).map(c -> edits.remove(a, List.of(c.id())));
            case 3:
                return pick(comps, r).map(c -> edits.move(List.of(c.id()), (r % 17) * 0.37 - 3, (r % 11) * 1.1));
            case 4:
                return pick(comps, r).map(c -> edits.rename(a, c.id(), "Renamed" + r));
            case 5:
                return pick(comps, r).flatMap(c -> property(a, c, r));
            case 6: {
                if (comps.size() < 2) {
                    return Optional.empty();
                }
                Component from = comps.get(r % comps.size());
                Component to = comps.get((r / 7) % comps.size());
                List<ConnectionKind> kinds = Catalog.standard().legalKinds(from.type(), to.type());
                return kinds.isEmpty() ? Optional.empty() : Optional.of(edits.connect(a, from.id(), to.id(), null));
            }
            case 7:
                return pick(conns, r).flatMap(c -> {
                    List<ConnectionKind> kinds = Catalog.standard().legalKinds(
                            a.componentOrNull(c.from()).type(), a.componentOrNull(c.to()).type());
                    return Optional.of(edits.changeKind(a, c.id(), kinds.get(r % kinds.size())));
                });
            case 8: {
                List<String> ids = comps.stream().filter(c -> c.parent() == null).map(Component::id)
                        .filter(id -> id.hashCode() % 2 == r % 2).limit(3).toList();
                return ids.isEmpty() ? Optional.empty() : Optional.of(edits.group(a, ids, GroupKind.FREE, "G" + r));
            }
            case 9:
                return pick(groups, r).map(g -> edits.ungroup(a, g.id()));
            case 10:
                return pick(groups, r).map(g -> edits.setCollapsed(a, g.id(), !g.collapsed()));
            case 11:
                return Optional.of(edits.addNote(a, "note " + r, r % 300, r % 200));
            default:
                return pick(comps, r).map(c -> edits.suppress(a, "REL-00" + (r % 9 + 1), c.id(), "reason " + r));
        }
    }

    private Optional<Edit> property(Architecture a, Component c, int r) {
        return switch (c.type()) {
            case "aws.lambda.function" -> Optional.of(edits.setProperty(a, c.id(), "memorySize", 128L + (r % 80) * 64));
            case "aws.sqs.queue" -> Optional.of(edits.setProperty(a, c.id(), "visibilityTimeout", (long) (r % 43200)));
            case "aws.dynamodb.table" -> Optional.of(edits.setProperty(a, c.id(), "partitionKey", "pk" + r));
            default -> Optional.empty();
        };
    }

    private static <T> Optional<T> pick(List<T> list, int r) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(r % list.size()));
    }
}
