package eu.alpkb.web;

import eu.alpkb.config.ServerSettings;
import eu.alpkb.knowledge.Entity;
import eu.alpkb.knowledge.EntityKind;
import eu.alpkb.knowledge.KnowledgeBase;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * {@code GET /api/entities}: the organisations, people, projects, places, sectors and events the archive knows, with
 * their document counts; {@code GET /api/entities/{id}}: one of them with its facts and their evidence, the entities
 * it appears with and its timeline.
 */
final class EntityController {
    private final KnowledgeBase knowledge;
    private final ServerSettings limits;

    EntityController(KnowledgeBase knowledge, ServerSettings limits) {
        this.knowledge = knowledge;
        this.limits = limits;
    }

    void list(Context ctx) {
        int page = SearchParams.integer(ctx, "page", 1, 1, limits.maxPage());
        int size = SearchParams.integer(ctx, "size", limits.defaultPageSize(), 1, limits.maxPageSize());
        ctx.json(knowledge.entities(kind(ctx), ctx.queryParam("q"), confirmed(ctx), page, size,
                SearchParams.locale(ctx)));
    }

    void get(Context ctx) {
        String id = ctx.pathParam("id");
        Entity e = knowledge.entity(id, SearchParams.locale(ctx)).orElseThrow(() -> {
            String shown = SearchParams.abbreviate(id);
            return new Refused(404, "noEntity", "no entity with id '" + shown + "'", shown);
        });
        ctx.json(e);
    }

    /** @return whether only reviewed ({@code true}) or only found ({@code false}) entities are asked for, or null */
    private static Boolean confirmed(Context ctx) {
        String value = ctx.queryParam("confirmed");
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new BadRequestException("badConfirmed", "confirmed must be true or false; got '"
                    + SearchParams.abbreviate(value) + "'", SearchParams.abbreviate(value));
        };
    }

    /** @return the kind asked for, or null for every kind but events */
    static EntityKind kind(Context ctx) {
        String kind = ctx.queryParam("kind");
        if (kind == null || kind.isBlank()) {
            return null;
        }
        String kinds = Arrays.stream(EntityKind.values()).map(EntityKind::key).collect(Collectors.joining(", "));
        return EntityKind.ofParameter(kind.strip()).orElseThrow(() -> new BadRequestException("unknownKind",
                "unknown kind '" + SearchParams.abbreviate(kind) + "'; use one of " + kinds,
                SearchParams.abbreviate(kind), kinds));
    }
}
