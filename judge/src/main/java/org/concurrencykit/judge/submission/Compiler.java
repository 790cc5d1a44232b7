package org.concurrencykit.judge.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a submission in process with {@code javax.tools}, the way LeetCode's editor
 * does: with {@code java.util.*}, {@code java.util.concurrent.*},
 * {@code java.util.concurrent.atomic.*}, {@code java.util.concurrent.locks.*} and
 * {@code java.util.function.*} imported implicitly, plus the problem's own implicit
 * imports. The imports are spliced into the line of the package declaration (or the first
 * line), so javac's line numbers are the user's.
 */
public final class Compiler {
    /** LeetCode's editor imports these for every Java solution. */
    public static final List<String> LEETCODE_IMPORTS = List.of("java.util.*", "java.util.concurrent.*",
            "java.util.concurrent.atomic.*", "java.util.concurrent.locks.*", "java.util.function.*");

    private static final Pattern PUBLIC_FILE = Pattern.compile("file named (\\w+)\\.java");
    private static final String PUBLIC_FILE_CODE = "compiler.err.class.public.should.be.in.file";

    /** Classes compiled from one file. */
    public record Compiled(Path classesDir, List<String> classNames) {
    }

    private Compiler() {
    }

    /**
     * Compiles {@code source} into {@code classesDir} against {@code classPath}.
     *
     * @throws CompileException with javac's errors
     */
    public static Compiled compile(SourceFile source, List<String> extraImports, String classPath, Path classesDir)
            throws CompileException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("this Java runtime has no compiler: run the judge on a JDK, not a JRE");
        }
        List<String> imports = new ArrayList<>(LEETCODE_IMPORTS);
        imports.addAll(extraImports);
        Splice splice = Splice.of(source.text(), imports);
        String unitName = source.baseName();
        for (int attempt = 0; ; attempt++) {
            DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
            boolean ok = run(javac, diags, unitName, splice.text(), classPath, classesDir);
            if (ok) {
                return new Compiled(classesDir, classNames(classesDir));
            }
            String renamed = publicClassName(diags);
            if (renamed != null && attempt == 0 && !renamed.equals(unitName)) {
                unitName = renamed;
                continue;
            }
            List<String> lines = format(source, splice, diags);
            throw new CompileException(source.path() + " does not compile (" + count(diags) + ")", lines);
        }
    }

    private static boolean run(JavaCompiler javac, DiagnosticCollector<JavaFileObject> diags, String unitName,
                               String text, String classPath, Path classesDir) {
        try (StandardJavaFileManager files = javac.getStandardFileManager(diags, Locale.ROOT, null)) {
            Files.createDirectories(classesDir);
            JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + unitName + ".java"),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return text;
                }
            };
            List<String> options = List.of("-d", classesDir.toString(), "-classpath", classPath, "-proc:none",
                    "-Xlint:none", "-encoding", "UTF-8", "-g");
            return javac.getTask(null, files, diags, options, null, List.of(unit)).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String publicClassName(DiagnosticCollector<JavaFileObject> diags) {
        for (Diagnostic<? extends JavaFileObject> d : diags.getDiagnostics()) {
            if (PUBLIC_FILE_CODE.equals(d.getCode())) {
                Matcher m = PUBLIC_FILE.matcher(d.getMessage(Locale.ROOT));
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    private static String count(DiagnosticCollector<JavaFileObject> diags) {
        long n = diags.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).count();
        return n == 1 ? "1 error" : n + " errors";
    }

    private static List<String> format(SourceFile source, Splice splice, DiagnosticCollector<JavaFileObject> diags) {
        String[] lines = source.text().split("\r?\n", -1);
        List<String> out = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diags.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            long line = d.getLineNumber();
            String msg = d.getMessage(Locale.ROOT);
            if (line <= 0) {
                out.add(source.path() + ": error: " + msg);
                continue;
            }
            long col = splice.userColumn(line, d.getColumnNumber());
            String[] msgLines = msg.split("\n", 2);
            out.add(source.path() + ":" + line + ": error: " + msgLines[0]);
            if (line <= lines.length) {
                String src = lines[(int) line - 1];
                out.add("    " + src);
                out.add("    " + " ".repeat((int) Math.max(0, Math.min(src.length(), col - 1))) + "^");
            }
            if (msgLines.length > 1) {
                for (String extra : msgLines[1].split("\n")) {
                    out.add("  " + extra.strip());
                }
            }
        }
        return out;
    }

    private static List<String> classNames(Path classesDir) {
        try (Stream<Path> walk = Files.walk(classesDir)) {
            return walk.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> {
                        String rel = classesDir.relativize(p).toString();
                        return rel.substring(0, rel.length() - ".class".length()).replace(p.getFileSystem().getSeparator(), ".");
                    })
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The user's text with the implicit imports spliced into one line. */
    record Splice(String text, long line, long column, int length) {
        static Splice of(String original, List<String> imports) {
            StringBuilder prefix = new StringBuilder();
            for (String imp : imports) {
                prefix.append("import ").append(imp).append("; ");
            }
            int at = afterPackage(original);
            String text = original.substring(0, at) + (at > 0 ? " " : "") + prefix + original.substring(at);
            long line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (original.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int added = prefix.length() + (at > 0 ? 1 : 0);
            return new Splice(text, line, at - lineStart + 1, added);
        }

        /** Where the spliced prefix moved javac's column on the given line back to the user's. */
        long userColumn(long diagLine, long diagColumn) {
            if (diagLine != line || diagColumn < column) {
                return diagColumn;
            }
            return Math.max(column, diagColumn - length);
        }

        /** Offset just past the package declaration's semicolon, or 0 when there is none. */
        private static int afterPackage(String s) {
            int i = skipSpaceAndComments(s, 0);
            if (s.startsWith("package", i) && i + 7 < s.length() && !Character.isJavaIdentifierPart(s.charAt(i + 7))) {
                int semi = s.indexOf(';', i);
                return semi < 0 ? 0 : semi + 1;
            }
            return 0;
        }

        private static int skipSpaceAndComments(String s, int i) {
            while (i < s.length()) {
                if (Character.isWhitespace(s.charAt(i))) {
                    i++;
                } else if (s.startsWith("//", i)) {
                    int nl = s.indexOf('\n', i);
                    i = nl < 0 ? s.length() : nl + 1;
                } else if (s.startsWith("/*", i)) {
                    int end = s.indexOf("*/", i + 2);
                    i = end < 0 ? s.length() : end + 2;
                } else {
                    return i;
                }
            }
            return i;
        }
    }
}
