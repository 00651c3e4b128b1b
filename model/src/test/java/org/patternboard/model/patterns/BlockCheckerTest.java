package org.patternboard.model.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.patternboard.model.catalog.Catalog;

/** The checker finds each kind of defect a hand-written block can have (the shipped blocks must have none). */
class BlockCheckerTest {
    private final BlockChecker checker = new BlockChecker(Catalog.standard());

    private List<String> problems(UnaryOperator<String> change) {
        String json = change.apply(Blocks.TINY);
        assertThat(json).as("the change applies").isNotEqualTo(Blocks.TINY);
        return checker.problems(PatternBlock.of(Blocks.parse(json)));
    }

    @Test
    void theTinyBlockIsFine() {
        assertThat(checker.problems(Blocks.tiny())).isEmpty();
    }

    @Test
    void unknownTypesAndIllegalConnections() {
        assertThat(problems(s -> s.replace("\"aws.sns.topic\"", "\"aws.sns.nothing\"")))
                .anyMatch(p -> p.contains("not in the catalog"));
        assertThat(problems(s -> s.replace("\"kind\": \"subscribes\"", "\"kind\": \"mounts\"")))
                .anyMatch(p -> p.contains("c-1") && p.contains("cannot"));
    }

    @Test
    void propertyValuesMustPassTheirSpecs() {
        assertThat(problems(s -> s.replace("\"visibilityTimeout\": 60", "\"visibilityTimeout\": 99999"))).anyMatch(p -> p.contains("at most"));
        assertThat(problems(s -> s.replace("\"visibilityTimeout\": 60", "\"visibility\": 60"))).anyMatch(p -> p.contains("no property 'visibility'"));
        assertThat(problems(s -> s.replace("\"batchSize\": 5", "\"batchSize\": 0"))).anyMatch(p -> p.contains("c-2") && p.contains("at least"));
        assertThat(problems(s -> s.replace("\"batchSize\": 5", "\"size\": 5"))).anyMatch(p -> p.contains("c-2") && p.contains("no property"));
        assertThat(problems(s -> s.replace("nodejs22.x", "nodejs16.x"))).anyMatch(p -> p.contains("deprecated"));
    }

    @Test
    void everythingSitsInOneFrameThatNamesTheBlock() {
        assertThat(problems(s -> s.replace("\"pattern\": \"tiny-fan\"", "\"pattern\": \"other\""))).isNotEmpty();
        assertThat(problems(s -> s.replace("\"width\": 740", "\"width\": 600"))).anyMatch(p -> p.contains("sticks out"));
        assertThat(problems(s -> s.replace("\"x\": 40, \"y\": 40, \"parent\": \"frame\"", "\"x\": 40, \"y\": 40")))
                .anyMatch(p -> p.contains("outside the pattern frame"));
        assertThat(problems(s -> s.replace("\"kind\": \"pattern\"", "\"kind\": \"free\""))).anyMatch(p -> p.contains("frame"));
    }

    @Test
    void cardsMustNotOverlap() {
        assertThat(problems(s -> s.replace("\"name\": \"Work\", \"x\": 280", "\"name\": \"Work\", \"x\": 100")))
                .anyMatch(p -> p.contains("overlap"));
    }

    @Test
    void metadataMustBeComplete() {
        assertThat(problems(s -> s.replace("\"lens\": [\"REL 2\"]", "\"lens\": [\"REL 9\"]"))).anyMatch(p -> p.contains("REL 9"));
        assertThat(problems(s -> s.replace("\"lens\": [\"REL 2\"]", "\"lens\": []"))).anyMatch(p -> p.contains("lens"));
        assertThat(problems(s -> s.replace("\"tags\": [\"fan-out\"]", "\"tags\": []"))).anyMatch(p -> p.contains("tags"));
        assertThat(problems(s -> s.replace("\"source\": \"tests\"", "\"source\": \"\""))).anyMatch(p -> p.contains("source"));
        assertThat(problems(s -> s.replace("\"id\": \"tiny-fan\"", "\"id\": \"tinyfan\""))).anyMatch(p -> p.contains("kebab"));
        assertThat(problems(s -> s.replace("\"antiPattern\": false", "\"antiPattern\": true")))
                .anyMatch(p -> p.contains("must list the findings"));
        assertThat(problems(s -> s.replace("\"expectedFindings\": []", "\"expectedFindings\": [\"SQS-01\"]")))
                .anyMatch(p -> p.contains("only anti-pattern"));
        assertThat(problems(s -> s.replace("Each has a consumer.", "Each has a consumer"))).anyMatch(p -> p.contains("full stop"));
    }

    @Test
    void componentNamesAreUnique() {
        assertThat(problems(s -> s.replace("\"name\": \"Work\"", "\"name\": \"Worker\""))).anyMatch(p -> p.contains("named 'Worker'"));
    }

    @Test
    void parametersMustPointAtRealThingsAndMatchTheBlock() {
        assertThat(problems(s -> s.replace("\"property\": \"memorySize\"", "\"property\": \"memory\"")))
                .anyMatch(p -> p.contains("does not exist"));
        assertThat(problems(s -> s.replace("\"default\": 256", "\"default\": 512"))).anyMatch(p -> p.contains("differs"));
        assertThat(problems(s -> s.replace("\"max\": 1024", "\"max\": 20000"))).anyMatch(p -> p.contains("refuses"));
        assertThat(problems(s -> s.replace("\"default\": 1, \"min\": 0", "\"default\": 2, \"min\": 0")))
                .anyMatch(p -> p.contains("holds 1 units"));
        assertThat(problems(s -> s.replace("[[\"queue\", \"fn\"]]", "[[\"queue\", \"ghost\"]]")))
                .anyMatch(p -> p.contains("ghost"));
    }

    @Test
    void referencesAndSuppressionsStayInsideTheBlock() {
        assertThat(problems(s -> s.replace("${topic}", "${elsewhere}"))).anyMatch(p -> p.contains("${elsewhere}"));
        assertThat(problems(s -> s.replace("${topic}", "${queue}"))).anyMatch(p -> p.contains("repeat or drop"));
        assertThat(problems(s -> s.replace("\"target\": \"queue\"", "\"target\": \"*\""))).anyMatch(p -> p.contains("suppression"));
    }
}
