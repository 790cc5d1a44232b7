package org.concurrencykit.judge.grade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.concurrencykit.judge.report.Json;

/**
 * The results of earlier runs, kept in the output folder next to the reports: for each judged
 * file, {@code reports/<file>.txt} (its text report) and {@code reports/<file>.json} (its row, and
 * what it was judged from: the file's SHA-256, the judge's version, the problem and the seed
 * asked for). A later run reuses a row only when all of these are the same, so re-running a
 * grade judges only what changed; a submission the judge could not judge is judged again.
 */
public final class ResultsCache {
    private final Path out;
    private final String judgeVersion;

    /** The cache in {@code out}, for this {@code judgeVersion}. */
    public ResultsCache(Path out, String judgeVersion) {
        this.out = out;
        this.judgeVersion = judgeVersion;
    }

    /** The report's path, relative to the output folder, with {@code /}. */
    static String reportPath(Discovery.Found f) {
        return "reports/" + f.file() + ".txt";
    }

    private Path json(Discovery.Found f) {
        return out.resolve("reports").resolve(f.file() + ".json");
    }

    /** The earlier result of {@code f} judged as now, or null. */
    public Judged lookup(Discovery.Found f, Long seedAsked) {
        Path json = json(f);
        Path txt = out.resolve(reportPath(f));
        if (!Files.isRegularFile(json) || !Files.isRegularFile(txt)) {
            return null;
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) Json.parse(Files.readString(json, StandardCharsets.UTF_8));
            if (!key(f, seedAsked).equals(m.get("key"))) {
                return null;
            }
            @SuppressWarnings("unchecked")
            Row row = Row.fromMap((Map<String, Object>) m.get("row"));
            return new Judged(row.with(reportPath(f), true), Files.readString(txt, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Keeps {@code j}, the result of {@code f}; returns it with its report's path. */
    public Judged store(Discovery.Found f, Long seedAsked, Judged j) {
        Judged kept = new Judged(j.row().with(reportPath(f), false), j.text());
        try {
            Files.createDirectories(json(f).getParent());
            write(out.resolve(reportPath(f)), j.text());
            if (!j.row().notJudged()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("key", key(f, seedAsked));
                m.put("row", kept.row().toMap());
                write(json(f), Json.write(m) + "\n");
            } else {
                Files.deleteIfExists(json(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report of " + f.file() + " in " + out, e);
        }
        return kept;
    }

    /** What a result depends on, as a JSON-comparable map. */
    Map<String, Object> key(Discovery.Found f, Long seedAsked) throws IOException {
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("sha256", sha256(Files.readAllBytes(f.path())));
        k.put("judge", judgeVersion);
        k.put("problem", f.problem());
        k.put("seed", seedAsked);
        @SuppressWarnings("unchecked")
        Map<String, Object> normalized = (Map<String, Object>) Json.parse(Json.write(k));
        return normalized;
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
