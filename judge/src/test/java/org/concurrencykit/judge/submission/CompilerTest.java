package org.concurrencykit.judge.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concurrencykit.problems.printinorder.PrintInOrderProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompilerTest {
    private static final String CP = System.getProperty("java.class.path");

    @TempDir
    Path dir;

    private SourceFile source(String name, String text) throws IOException, InputException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return SourceFile.read(f);
    }

    @Test
    void compilesALeetCodeFileWithoutImports() throws Exception {
        SourceFile src = source("Foo.java", "class Foo {\n  Semaphore s = new Semaphore(0);\n"
                + "  AtomicInteger a = new AtomicInteger(); ReentrantLock l = new ReentrantLock();\n"
                + "  IntConsumer c = x -> { }; List<String> list = new ArrayList<>();\n}\n");
        Compiler.Compiled c = Compiler.compile(src, List.of(), CP, dir.resolve("out"));
        assertThat(c.classNames()).containsExactly("Foo");
    }

    @Test
    void keepsTheUsersLineNumbersAndColumnsInErrors() throws Exception {
        SourceFile src = source("Foo.java", "class Foo {\n  void f() {\n    int x = \"s\";\n  }\n}\n");
        assertThatThrownBy(() -> Compiler.compile(src, List.of(), CP, dir.resolve("out")))
                .isInstanceOfSatisfying(CompileException.class, e -> {
                    assertThat(e.getMessage()).endsWith("does not compile (1 error)");
                    assertThat(e.diagnostics().get(0)).endsWith("Foo.java:3: error: incompatible types: java.lang.String cannot be converted to int");
                    assertThat(e.diagnostics().get(1)).isEqualTo("        int x = \"s\";");
                    assertThat(e.diagnostics().get(2)).isEqualTo("            " + "    ^");
                });
    }

    @Test
    void reportsErrorsOnTheFirstLineAtTheUsersColumn() throws Exception {
        SourceFile src = source("Foo.java", "class Foo { int x = y; }\n");
        assertThatThrownBy(() -> Compiler.compile(src, List.of(), CP, dir.resolve("out")))
                .isInstanceOfSatisfying(CompileException.class, e -> {
                    assertThat(e.diagnostics().get(0)).endsWith("Foo.java:1: error: cannot find symbol");
                    assertThat(e.diagnostics().get(2)).isEqualTo("    " + " ".repeat(20) + "^");
                });
    }

    @Test
    void splicesImportsAfterAPackageDeclaration() throws Exception {
        SourceFile src = source("Mine.java", "// my solution\npackage my.pkg;\n\npublic class Mine {\n"
                + "  CountDownLatch l = new CountDownLatch(1);\n}\n");
        Compiler.Compiled c = Compiler.compile(src, List.of(), CP, dir.resolve("out"));
        assertThat(c.classNames()).containsExactly("my.pkg.Mine");
    }

    @Test
    void compilesAPublicClassWhateverTheFileIsCalled() throws Exception {
        SourceFile src = source("solution-v2.java", "public class Foo { }\nclass Helper { }\n");
        Compiler.Compiled c = Compiler.compile(src, List.of(), CP, dir.resolve("out"));
        assertThat(c.classNames()).containsExactly("Foo", "Helper");
    }

    @Test
    void locatesTheClassLeetCodeNamesAndChecksItsMethods() throws Exception {
        SourceFile src = source("Foo.java", "class Helper { }\nclass Foo {\n"
                + "  public void first(Runnable r) throws InterruptedException { r.run(); }\n"
                + "  public void second(Runnable r) { r.run(); }\n"
                + "  void third(Runnable r) { r.run(); }\n}\n");
        Compiler.Compiled c = Compiler.compile(src, List.of(), CP, dir.resolve("out"));
        Submission s = Submission.locate(c, new PrintInOrderProblem(), src.path());
        assertThat(s.className()).isEqualTo("Foo");
        assertThat(s.userClasses().test("Helper")).isTrue();
        assertThat(s.userClasses().test("java.lang.Object")).isFalse();
    }

    @Test
    void namesTheMissingMethodAndItsExpectedSignature() throws Exception {
        SourceFile src = source("Foo.java", "class Foo {\n  public void first(Runnable r) { }\n"
                + "  public void second(Runnable r) { }\n  public void third(String s) { }\n}\n");
        Compiler.Compiled c = Compiler.compile(src, List.of(), CP, dir.resolve("out"));
        assertThatThrownBy(() -> Submission.locate(c, new PrintInOrderProblem(), src.path()))
                .isInstanceOf(InputException.class)
                .hasMessage("class Foo has a method third with other parameters; expected: "
                        + "public void third(Runnable printThird) throws InterruptedException");
    }

    @Test
    void listsTheClassesFoundWhenNoneHasTheExpectedName() throws Exception {
        SourceFile src = source("Foo.java", "class A { }\nclass B { }\n");
        Compiler.Compiled c = Compiler.compile(src, List.of(), CP, dir.resolve("out"));
        assertThatThrownBy(() -> Submission.locate(c, new PrintInOrderProblem(), src.path()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("no class named Foo (or implementing org.concurrencykit.problems.printinorder.PrintInOrder)")
                .hasMessageEndingWith("found: class A, class B");
    }

    @Test
    void refusesFilesThatAreNotUtf8OrEmptyOrDirectories() throws IOException {
        Path bad = dir.resolve("Bad.java");
        Files.write(bad, new byte[] {'c', 'l', 'a', 's', 's', ' ', (byte) 0xff, (byte) 0xfe});
        assertThatThrownBy(() -> SourceFile.read(bad)).hasMessage(bad + " is not UTF-8 text: invalid byte 0xff at offset 6");
        Path empty = dir.resolve("Empty.java");
        Files.writeString(empty, "  \n");
        assertThatThrownBy(() -> SourceFile.read(empty)).hasMessageStartingWith(empty + " is empty");
        assertThatThrownBy(() -> SourceFile.read(dir)).hasMessageEndingWith("is a directory; give the .java file of your solution");
        assertThatThrownBy(() -> SourceFile.read(dir.resolve("Nope.java"))).hasMessageStartingWith("no such file: ");
    }
}
