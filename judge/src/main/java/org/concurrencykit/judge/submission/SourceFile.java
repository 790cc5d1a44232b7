package org.concurrencykit.judge.submission;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A submitted {@code .java} file, read and checked: it exists, is a readable regular file,
 * not too large, UTF-8, not empty.
 *
 * @param path the path as the user gave it
 * @param text its text, without a byte-order mark
 */
public record SourceFile(Path path, String text) {
    /** Larger files are not solutions to these problems. */
    static final long MAX_BYTES = 1 << 20;

    /**
     * Reads {@code path}.
     *
     * @throws InputException with one line saying what is wrong with the file
     */
    public static SourceFile read(Path path) throws InputException {
        if (!Files.exists(path)) {
            throw new InputException("no such file: " + path);
        }
        if (Files.isDirectory(path)) {
            throw new InputException(path + " is a directory; give the .java file of your solution");
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new InputException("cannot read " + path);
        }
        if (path.getFileName().toString().endsWith(".py")) {
            throw new InputException(path + " is a Python file: Python solutions are not judged yet (docs/python.md);"
                    + " give the .java file of your solution");
        }
        byte[] bytes;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new InputException(path + " is larger than 1 MiB; a solution is one class");
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputException("cannot read " + path + ": " + e.getMessage());
        }
        String text = decode(path, bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InputException(path + " is empty; write your solution class in it (start with: judge new <problem>)");
        }
        return new SourceFile(path, text);
    }

    private static String decode(Path path, byte[] bytes) throws InputException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return utf8.decode(in).toString();
        } catch (MalformedInputException e) {
            int at = in.position();
            throw new InputException(String.format("%s is not UTF-8 text: invalid byte 0x%02x at offset %d",
                    path, bytes[Math.min(at, bytes.length - 1)] & 0xff, at));
        } catch (CharacterCodingException e) {
            throw new InputException(path + " is not UTF-8 text");
        }
    }

    /** The file's name without {@code .java}. */
    public String baseName() {
        String name = path.getFileName().toString();
        return name.endsWith(".java") ? name.substring(0, name.length() - 5) : name;
    }
}
