package org.patternboard.model.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patternboard.model.design.Architecture;

class BlockMetadataTest {
    @Test
    void readsEveryField() {
        BlockMetadata m = Blocks.tiny().metadata();
        assertThat(m.id()).isEqualTo("tiny-fan");
        assertThat(m.name()).isEqualTo("Tiny Fan");
        assertThat(m.lens()).containsExactly("REL 2");
        assertThat(m.tags()).containsExactly("fan-out");
        assertThat(m.antiPattern()).isFalse();
        assertThat(m.parameters()).extracting(BlockParameter::id).containsExactly("consumers", "memory");
        BlockParameter consumers = m.parameters().get(0);
        assertThat(consumers.defaultValue()).isEqualTo(1L);
        assertThat(consumers.min()).isZero();
        assertThat(consumers.units()).containsExactly(List.of("queue", "fn"));
        assertThat(m.parameters().get(1).bindings()).containsExactly(new BlockParameter.Binding("fn", "memorySize"));
        assertThat(Blocks.tiny().tagline()).isEqualTo("A topic and consumers.");
    }

    @Test
    void aDesignWithoutBlockFieldIsNotABlock() {
        assertThatThrownBy(() -> BlockMetadata.from(Architecture.empty("Plain")))
                .isInstanceOf(BlockFormatException.class).hasMessageContaining("Plain").hasMessageContaining("block");
    }

    @Test
    void malformedFieldsAreNamed() {
        assertThatThrownBy(() -> BlockMetadata.from(withBlock(Map.of("name", "X"))))
                .hasMessageContaining("\"id\"");
        assertThatThrownBy(() -> BlockMetadata.from(withBlock(Map.of("id", "x", "name", "X", "lens", "REL 2"))))
                .hasMessageContaining("\"lens\" must be a list");
        assertThatThrownBy(() -> BlockMetadata.from(withBlock(Map.of("id", "x", "name", "X", "antiPattern", "yes"))))
                .hasMessageContaining("antiPattern");
        assertThatThrownBy(() -> BlockMetadata.from(withBlock(Map.of("id", "x", "name", "X",
                "parameters", List.of(Map.of("id", "p", "name", "P", "type", "int", "units", List.of("a")))))))
                .hasMessageContaining("unit");
    }

    @Test
    void readsOriginAdditionsAndGaps() {
        BlockMetadata m = BlockMetadata.from(withBlock(Map.of("id", "x", "name", "X",
                "origin", Map.of("repository", "cdk-patterns/serverless", "path", "x/lib/x-stack.ts", "commit", "abc"),
                "additions", List.of("dead-letter queues"),
                "notModelled", List.of(Map.of("part", "VTL", "reason", "not in the catalog")))));
        assertThat(m.origin()).isEqualTo(new BlockMetadata.Origin("cdk-patterns/serverless", "x/lib/x-stack.ts", "abc"));
        assertThat(m.additions()).containsExactly("dead-letter queues");
        assertThat(m.notModelled()).containsExactly(new BlockMetadata.NotModelled("VTL", "not in the catalog"));
        assertThat(Blocks.tiny().metadata().origin()).isNull();
        assertThat(Blocks.tiny().metadata().notModelled()).isEmpty();
        assertThatThrownBy(() -> BlockMetadata.from(withBlock(Map.of("id", "x", "name", "X",
                "origin", Map.of("repository", "r", "path", "p")))))
                .hasMessageContaining("\"commit\"");
        assertThatThrownBy(() -> BlockMetadata.from(withBlock(Map.of("id", "x", "name", "X",
                "notModelled", List.of(Map.of("part", "VTL"))))))
                .hasMessageContaining("\"reason\"");
    }

    @Test
    void anOriginIsARepositoryFileOrAPageWithALinkToIt() {
        BlockMetadata.Origin file = new BlockMetadata.Origin("cdk-patterns/serverless",
                "the-big-fan/typescript/lib/the-big-fan-stack.ts", "08e31630e738f1b463c640cad1de6ca73d85f1c2");
        assertThat(file.url()).isEqualTo("https://github.com/cdk-patterns/serverless/blob/"
                + "08e31630e738f1b463c640cad1de6ca73d85f1c2/the-big-fan/typescript/lib/the-big-fan-stack.ts");
        assertThat(file.label()).isEqualTo("cdk-patterns/serverless the-big-fan/typescript/lib/the-big-fan-stack.ts @ 08e3163");
        BlockMetadata.Origin folder = new BlockMetadata.Origin("cdk-patterns/serverless", "the-xray-tracer/typescript", "abc");
        assertThat(folder.url()).isEqualTo("https://github.com/cdk-patterns/serverless/tree/abc/the-xray-tracer/typescript");

        BlockMetadata m = BlockMetadata.from(withBlock(Map.of("id", "x", "name", "X",
                "origin", Map.of("page", "https://serverlesspatterns.io/gateway-proxy"))));
        assertThat(m.origin().isPage()).isTrue();
        assertThat(m.origin().url()).isEqualTo("https://serverlesspatterns.io/gateway-proxy");
        assertThat(m.origin().label()).isEqualTo("serverlesspatterns.io/gateway-proxy");
        assertThat(BlockMetadata.Origin.page("https://www.jeremydaly.com/the-storage-first-pattern/").label())
                .isEqualTo("jeremydaly.com/the-storage-first-pattern");

        assertThatThrownBy(() -> BlockMetadata.from(withBlock(Map.of("id", "x", "name", "X",
                "origin", Map.of("page", "https://a.example/p", "commit", "abc")))))
                .hasMessageContaining("only \"page\"");
        assertThatThrownBy(() -> BlockMetadata.from(withBlock(Map.of("id", "x", "name", "X",
                "origin", Map.of("page", "http://a.example/p")))))
                .hasMessageContaining("https://");
        assertThatThrownBy(() -> new BlockMetadata.Origin(null, null, null, null)).hasMessageContaining("neither");
        assertThatThrownBy(() -> new BlockMetadata.Origin("r", "p", "c", "https://a.example")).hasMessageContaining("both");
    }

    @Test
    void idsAreKebabCaseOfNames() {
        assertThat(BlockMetadata.idFor("The Big Fan")).isEqualTo("the-big-fan");
        assertThat(BlockMetadata.idFor("AWS S3 React Website Deploy")).isEqualTo("aws-s3-react-website-deploy");
        assertThat(BlockMetadata.idFor("The X-Ray Tracer")).isEqualTo("the-x-ray-tracer");
        assertThat(BlockMetadata.idFor("  Storage-First API ")).isEqualTo("storage-first-api");
    }

    @Test
    void parameterValuesAreChecked() {
        BlockParameter consumers = Blocks.tiny().metadata().parameters().get(0);
        assertThat(consumers.check(3)).isEmpty();
        assertThat(consumers.check(6)).get().asString().contains("maximum");
        assertThat(consumers.check(-1)).get().asString().contains("minimum");
        assertThat(consumers.check("three")).get().asString().contains("whole number");
        assertThat(consumers.check(null)).isPresent();
        BlockParameter e = new BlockParameter("size", "Size", "enum", "S", null, null, List.of("S", "M"), "d", List.of(),
                List.of());
        assertThat(e.check("M")).isEmpty();
        assertThat(e.check("XL")).isPresent();
    }

    private static Architecture withBlock(Map<String, Object> block) {
        return Architecture.empty("Broken").withExtra(Map.of("block", block));
    }
}
