package org.concurrencykit.judge.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.concurrencykit.judge.report.Json;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The grade's writers: JUnit XML valid against the JUnit schema and read back as written, CSV, JSON, HTML. */
class GradeReportsTest {
    static final String NASTY = "a <b> & \"c\" 'd' \u0001\u0007\u001b[31m \uD800 ]]> é 😀";

    static List<Judged> sample() {
        Row ok = new Row("alice", "print-in-order", "alice/print-in-order/Foo.java", "ACCEPTED", "", 7L, 1500,
                "stress+modelcheck", "judge submit print-in-order a/Foo.java --seed 7", true, "reports/a.txt");
        Row wrong = new Row("bob " + NASTY, "print-in-order", "bob/print-in-order/Foo.java", "WRONG_ANSWER",
                "output #1 was \"second\" " + NASTY, 8L, 900, "stress", "judge submit x --seed 8", false, "reports/b.txt");
        Row bad = Row.badInput("carol", "nope", "carol/nope/Foo.java", "unknown problem 'nope'");
        Row error = new Row("dave", "print-foobar-alternately", "dave/1115/FooBar.java", Row.NOT_JUDGED,
                "no verdict within 600 s", null, 0, "", "", false, "");
        return List.of(new Judged(ok, "ACCEPTED report\n"), new Judged(wrong, "WRONG_ANSWER report " + NASTY + "\n"),
                Judged.of(bad), Judged.of(error));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void junitXmlValidatesAgainstTheJunitSchema() throws Exception {
        String xml = Reports.junit(sample(), "2026-12-07T20:00:00");
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(GradeReportsTest.class.getResource("junit.xsd"));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    @Test
    void junitXmlReadsBackOneTestcasePerSubmissionWithFailuresAndErrors() throws Exception {
        Document doc = parse(Reports.junit(sample(), "2026-12-07T20:00:00"));
        Element root = doc.getDocumentElement();
        assertThat(root.getAttribute("tests")).isEqualTo("4");
        assertThat(root.getAttribute("failures")).isEqualTo("2");
        assertThat(root.getAttribute("errors")).isEqualTo("1");
        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(4);
        Element wrong = (Element) cases.item(3);
        assertThat(wrong.getAttribute("classname")).startsWith("bob a <b> & \"c\" 'd' \\u0001");
        assertThat(wrong.getAttribute("name")).isEqualTo("print-in-order/Foo.java");
        Element failure = (Element) wrong.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("WRONG_ANSWER");
        assertThat(failure.getAttribute("message")).startsWith("WRONG_ANSWER: output #1 was \"second\" a <b>")
                .contains("é 😀");
        assertThat(wrong.getElementsByTagName("system-out").item(0).getTextContent())
                .startsWith("WRONG_ANSWER report a <b>");
        assertThat(doc.getElementsByTagName("error").getLength()).isEqualTo(1);
        assertThat(((Element) doc.getElementsByTagName("error").item(0)).getAttribute("message"))
                .isEqualTo("NOT_JUDGED: no verdict within 600 s");
        assertThat(((Element) doc.getElementsByTagName("testsuite").item(0)).getAttribute("name")).isEqualTo("nope");
    }

    @Test
    void csvHasAHeaderAndQuotesWhatNeedsIt() {
        String csv = Reports.csv(sample().stream().map(Judged::row).toList());
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("student,problem,file,verdict,reason,seed,millis,engine,cached,reproduce,report");
        assertThat(lines.get(1)).isEqualTo("alice,print-in-order,alice/print-in-order/Foo.java,ACCEPTED,,7,1500,"
                + "stress+modelcheck,true,judge submit print-in-order a/Foo.java --seed 7,reports/a.txt");
        assertThat(lines.get(2)).contains(",\"output #1 was \"\"second\"\" a <b> & \"\"c\"\"");
        assertThat(lines.get(3)).isEqualTo("carol,nope,carol/nope/Foo.java,BAD_INPUT,unknown problem 'nope',,0,,false,,");
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonReadsBackEveryRow() {
        List<Row> rows = sample().stream().map(Judged::row).toList();
        Map<String, Object> m = (Map<String, Object>) Json.parse(Reports.json(rows, Map.of("graded", "class")));
        assertThat(((List<Map<String, Object>>) m.get("rows")).stream().map(Row::fromMap).toList()).isEqualTo(rows);
        assertThat((Map<String, Object>) m.get("counts")).containsEntry("total", 4L).containsEntry("ACCEPTED", 1L);
    }

    @Test
    void htmlIsAMatrixOfStudentsByProblemsLinkingReportsWithEverythingEscaped() {
        String html = Reports.html(sample().stream().map(Judged::row).toList(), "Grades <class>");
        assertThat(html).contains("<title>Grades &lt;class&gt;</title>", "<a href=\"reports/a.txt\">ACCEPTED</a>",
                "<th>print-in-order<br>1/2 accepted</th>", "<th>bob a &lt;b&gt; &amp; &quot;c&quot;",
                "class=\"bad\"", "class=\"err\"");
    }
}
