package org.concurrencykit.judge.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.concurrencykit.problems.spi.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code judge new}: writes a starter file in LeetCode's shape. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Write a starter file in LeetCode's shape (<ClassName>.java), ready to fill in.")
final class NewCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(index = "0", paramLabel = "<problem>", description = "slug or LeetCode number")
    String problemName;

    @CommandLine.Option(names = "--dir", paramLabel = "DIR", description = "where to write it (default: .)")
    Path dir = Path.of(".");

    @CommandLine.Option(names = "--force", description = "overwrite an existing file")
    boolean force;

    @Override
    public Integer call() {
        Problem<?, ?> problem = ProblemArg.resolve(spec.commandLine(), problemName);
        Path file = dir.resolve(problem.info().className() + ".java");
        if (Files.exists(file) && !force) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    file + " already exists; pass --force to overwrite it");
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(file, problem.statement().starter(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot write " + file + ": " + e.getMessage());
        }
        var out = spec.commandLine().getOut();
        out.println("Wrote " + file);
        out.println("Next: judge run " + problem.info().slug() + " " + file
                + "   (examples)   then   judge submit " + problem.info().slug() + " " + file);
        out.flush();
        return ExitCodes.ACCEPTED;
    }
}
