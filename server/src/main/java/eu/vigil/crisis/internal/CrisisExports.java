package eu.vigil.crisis.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Component;

import eu.vigil.bank.SignalKind;
import eu.vigil.crisis.CrisisBoard;
import eu.vigil.crisis.CrisisCase;
import eu.vigil.crisis.CrisisItems;
import eu.vigil.crisis.ExternalActivation;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The crisis hash list in the formats other tools read (R42, ADR 0031): a MISP feed (manifest plus one event), a
 * STIX 2.1 bundle (a grouping of indicators marked TLP:AMBER with the TLP 2.0 marking definition), and the line file
 * of ThreatExchange and HMA ({@code pdq <hex>}). Withdrawn items are left out. Ids are name-based (UUID version 5)
 * on the crisis and entry ids, so exporting twice gives the same ids and importers update instead of duplicating.
 */
@Component
class CrisisExports {

    private final CrisisBoard boards;
    private final CrisisItems lists;

    CrisisExports(CrisisBoard boards, CrisisItems lists) {
        this.boards = boards;
        this.lists = lists;
    }

    /**
     * An export as a download: {@code misp} (zip), {@code stix}, {@code lines}; or one document of the MISP feed
     * ({@code file} = {@code manifest.json} or {@code <event uuid>.json}) for MISP to poll the feed.
     */
    org.springframework.http.ResponseEntity<byte[]> download(eu.vigil.identity.Actor actor, eu.vigil.crisis.CrisisId id,
            String format, String file) {
        CrisisBoard.Board board = boards.of(actor, id);
        List<CrisisItems.Item> items = lists.current(actor, id);
        String name = board.crisis().reference().toLowerCase(Locale.ROOT);
        String json = "application/json";
        if (file != null) {
            if (!"misp".equals(format)) {
                throw new eu.vigil.shared.NotFound("no export " + format + "/" + file);
            }
            if (file.equals("manifest.json")) {
                return body(mispManifest(board, items).getBytes(StandardCharsets.UTF_8), json, null);
            }
            if (file.equals(eventUuid(board.crisis()) + ".json")) {
                return body(mispEventDocument(board, items).getBytes(StandardCharsets.UTF_8), json, null);
            }
            throw new eu.vigil.shared.NotFound("no MISP feed document " + file);
        }
        return switch (format) {
            case "misp" -> body(mispZip(board, items), "application/zip", name + "-misp-feed.zip");
            case "stix" -> body(stix(board, items).getBytes(StandardCharsets.UTF_8), "application/stix+json;version=2.1",
                    name + "-stix.json");
            case "lines" -> body(lines(items).getBytes(StandardCharsets.UTF_8), "text/plain;charset=UTF-8",
                    name + "-signals.txt");
            default -> throw new eu.vigil.shared.NotFound("no export " + format + " (misp, stix, lines)");
        };
    }

    private static org.springframework.http.ResponseEntity<byte[]> body(byte[] bytes, String type, String fileName) {
        var r = org.springframework.http.ResponseEntity.ok().header("Content-Type", type)
                .header("Cache-Control", "no-store");
        if (fileName != null) {
            r = r.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        }
        return r.body(bytes);
    }

    /** The OASIS TLP 2.0 extension definition and the TLP:AMBER marking definition it publishes. */
    static final String TLP_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
    static final String TLP_AMBER = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421";
    private static final UUID NAMESPACE = UUID.fromString("5b0f3a1e-8c7d-5e2f-9a41-6d3c2b1a0e9f");
    private static final Duration DEFAULT_VALIDITY = Duration.ofDays(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter STIX_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** The MISP event uuid of a crisis list. */
    static UUID eventUuid(CrisisCase crisis) {
        return uuid5("misp-event:" + crisis.id());
    }

    /** MISP feed manifest: the event keyed by its uuid with its summary fields. */
    String mispManifest(CrisisBoard.Board board, List<CrisisItems.Item> items) {
        ObjectNode event = mispEvent(board, items);
        ObjectNode summary = JSON.createObjectNode();
        for (String field : List.of("info", "Orgc", "analysis", "threat_level_id", "timestamp", "date", "Tag")) {
            summary.set(field, event.get(field));
        }
        ObjectNode manifest = JSON.createObjectNode();
        manifest.set(event.get("uuid").asString(), summary);
        return JSON.writeValueAsString(manifest);
    }

    /** MISP feed event document {@code {"Event": …}}. */
    String mispEventDocument(CrisisBoard.Board board, List<CrisisItems.Item> items) {
        ObjectNode doc = JSON.createObjectNode();
        doc.set("Event", mispEvent(board, items));
        return JSON.writeValueAsString(doc);
    }

    /** The MISP feed as a zip: {@code manifest.json} and {@code <uuid>.json}. */
    byte[] mispZip(CrisisBoard.Board board, List<CrisisItems.Item> items) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(mispManifest(board, items).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(eventUuid(board.crisis()) + ".json"));
            zip.write(mispEventDocument(board, items).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private ObjectNode mispEvent(CrisisBoard.Board board, List<CrisisItems.Item> items) {
        CrisisCase c = board.crisis();
        Instant at = c.activatedAt() == null ? c.raisedAt() : c.activatedAt();
        long timestamp = items.stream().map(CrisisItems.Item::sharedAt).max(Instant::compareTo).orElse(at)
                .getEpochSecond();
        ObjectNode e = JSON.createObjectNode();
        e.put("uuid", eventUuid(c).toString());
        e.put("info", "EU Crisis Protocol " + c.reference() + ": " + c.title());
        e.put("date", at.atZone(ZoneOffset.UTC).toLocalDate().toString());
        e.put("timestamp", Long.toString(timestamp));
        e.put("publish_timestamp", Long.toString(timestamp));
        e.put("published", true);
        e.put("threat_level_id", "1");
        e.put("analysis", c.phase().open() ? "1" : "2");
        e.put("distribution", "1");
        ObjectNode orgc = e.putObject("Orgc");
        orgc.put("name", "EU Crisis Protocol (" + c.reference() + ")");
        orgc.put("uuid", uuid5("misp-org:" + c.id()).toString());
        ArrayNode attributes = e.putArray("Attribute");
        ArrayNode objects = e.putArray("Object");
        for (CrisisItems.Item item : items) {
            String uuid = uuid5("misp-attribute:" + c.id() + ":" + item.entryId()).toString();
            String ts = Long.toString(item.sharedAt().getEpochSecond());
            if (item.signalType() == SignalKind.PDQ) {
                ObjectNode o = objects.addObject();
                o.put("name", "pdq");
                o.put("meta-category", "file");
                o.put("description", "PDQ perceptual hash (MISP has no PDQ attribute type)");
                o.put("uuid", uuid5("misp-object:" + c.id() + ":" + item.entryId()).toString());
                o.put("timestamp", ts);
                o.put("distribution", "5");
                ObjectNode a = o.putArray("Attribute").addObject();
                a.put("uuid", uuid);
                a.put("object_relation", "hash");
                a.put("type", "text");
                a.put("category", "Other");
                a.put("value", item.value());
                a.put("to_ids", false);
                a.put("timestamp", ts);
            } else {
                ObjectNode a = attributes.addObject();
                a.put("uuid", uuid);
                a.put("type", item.signalType() == SignalKind.URL ? "url" : item.signalType() == SignalKind.MD5
                        ? "md5" : "sha256");
                a.put("category", item.signalType() == SignalKind.URL ? "Network activity" : "Payload delivery");
                a.put("value", item.value());
                a.put("to_ids", true);
                a.put("timestamp", ts);
                a.put("distribution", "5");
            }
        }
        ObjectNode tlp = e.putArray("Tag").addObject();
        tlp.put("name", "tlp:amber");
        tlp.put("colour", "#FFC000");
        return e;
    }

    /** The STIX 2.1 bundle: identity, TLP:AMBER marking, one indicator per item, one grouping of them. */
    String stix(CrisisBoard.Board board, List<CrisisItems.Item> items) {
        CrisisCase c = board.crisis();
        Instant at = c.activatedAt() == null ? c.raisedAt() : c.activatedAt();
        ObjectNode bundle = JSON.createObjectNode();
        bundle.put("type", "bundle");
        bundle.put("id", "bundle--" + UUID.randomUUID());
        ArrayNode objects = bundle.putArray("objects");
        String identity = "identity--" + uuid5("identity:eu-crisis-protocol");
        ObjectNode who = sdo(objects, "identity", identity, at);
        who.put("name", "EU Crisis Protocol coordination (Europol)");
        who.put("identity_class", "organization");
        ObjectNode marking = objects.addObject();
        marking.put("type", "marking-definition");
        marking.put("spec_version", "2.1");
        marking.put("id", TLP_AMBER);
        marking.put("created", "2022-10-01T00:00:00.000Z");
        marking.put("name", "TLP:AMBER");
        ObjectNode ext = marking.putObject("extensions").putObject(TLP_EXTENSION);
        ext.put("extension_type", "property-extension");
        ext.put("tlp_2_0", "amber");
        ArrayNode refs = JSON.createArrayNode();
        for (CrisisItems.Item item : items) {
            String id = "indicator--" + uuid5("indicator:" + c.id() + ":" + item.entryId());
            ObjectNode i = sdo(objects, "indicator", id, item.sharedAt());
            i.put("created_by_ref", identity);
            i.put("name", item.signalType().name() + " of crisis " + c.reference());
            i.putArray("indicator_types").add("malicious-activity");
            i.put("pattern", pattern(item.signalType(), item.value()));
            i.put("pattern_type", "stix");
            i.put("valid_from", STIX_TIME.format(item.sharedAt()));
            i.put("valid_until", STIX_TIME.format(validUntil(c, item.sharedAt())));
            i.putArray("object_marking_refs").add(TLP_AMBER);
            refs.add(id);
        }
        ObjectNode g = sdo(objects, "grouping", "grouping--" + uuid5("grouping:" + c.id()), at);
        g.put("created_by_ref", identity);
        g.put("name", "Crisis hash list " + c.reference() + ": " + c.title());
        g.put("context", "suspicious-activity");
        g.set("object_refs", refs.isEmpty() ? JSON.createArrayNode().add(identity) : refs);
        g.putArray("object_marking_refs").add(TLP_AMBER);
        ArrayNode external = g.putArray("external_references");
        ObjectNode activation = external.addObject();
        activation.put("source_name", "eu-crisis-protocol");
        activation.put("external_id", c.reference());
        activation.put("description", "Activation of the EU Crisis Protocol" + (c.activatedAt() == null ? ""
                : " at " + STIX_TIME.format(c.activatedAt())));
        for (ExternalActivation link : board.links()) {
            ObjectNode r = external.addObject();
            r.put("source_name", link.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            r.put("external_id", link.externalId());
            if (link.incidentType() != null) {
                r.put("description", link.incidentType());
            }
        }
        return JSON.writeValueAsString(bundle);
    }

    /** The line file: {@code <type> <value>} per item, as ThreatExchange and HMA read signal files. */
    String lines(List<CrisisItems.Item> items) {
        var out = new StringBuilder();
        for (CrisisItems.Item item : items) {
            out.append(item.signalType().name().toLowerCase(Locale.ROOT)).append(' ').append(item.value()).append('\n');
        }
        return out.toString();
    }

    /** A STIX pattern for one signal; quotes and backslashes in the value are escaped. */
    static String pattern(SignalKind kind, String value) {
        String v = "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
        return switch (kind) {
            case URL -> "[url:value = " + v + "]";
            case SHA256 -> "[file:hashes.'SHA-256' = " + v + "]";
            case MD5 -> "[file:hashes.MD5 = " + v + "]";
            case PDQ -> "[file:hashes.PDQ = " + v + "]";
        };
    }

    /** The crisis's close when after {@code from}, else 30 days after {@code from}. */
    private static Instant validUntil(CrisisCase c, Instant from) {
        return c.closedAt() != null && c.closedAt().isAfter(from) ? c.closedAt() : from.plus(DEFAULT_VALIDITY);
    }

    private static ObjectNode sdo(ArrayNode objects, String type, String id, Instant at) {
        ObjectNode o = objects.addObject();
        o.put("type", type);
        o.put("spec_version", "2.1");
        o.put("id", id);
        String t = STIX_TIME.format(at.truncatedTo(ChronoUnit.MILLIS));
        o.put("created", t);
        o.put("modified", t);
        return o;
    }

    /** A name-based UUID (version 5, SHA-1) in Vigil's namespace. */
    static UUID uuid5(String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(ByteBuffer.allocate(16).putLong(NAMESPACE.getMostSignificantBits())
                    .putLong(NAMESPACE.getLeastSignificantBits()).array());
            byte[] h = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            h[6] = (byte) ((h[6] & 0x0f) | 0x50);
            h[8] = (byte) ((h[8] & 0x3f) | 0x80);
            ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
            return new UUID(b.getLong(), b.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
