package org.patternboard.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypeSuggestionsTest {
    private final Catalog catalog = Catalog.standard();

    @Test
    void aMisspelledIdSuggestsTheIdItWasMeantToBe() {
        assertThat(TypeSuggestions.nearest(catalog, "aws.lamda.function")).first().isEqualTo("aws.lambda.function");
        assertThat(TypeSuggestions.nearest(catalog, "aws.SQS.queue")).first().isEqualTo("aws.sqs.queue");
        assertThat(TypeSuggestions.nearest(catalog, "aws.dynamodb.tabel")).first().isEqualTo("aws.dynamodb.table");
    }

    @Test
    void anUnknownResourceOfAKnownServiceSuggestsThatServicesTypes() {
        assertThat(TypeSuggestions.nearest(catalog, "aws.rds.database"))
                .contains("aws.rds.dbInstance").allMatch(id -> id.startsWith("aws.rds."));
        assertThat(TypeSuggestions.nearest(catalog, "aws.sqs.quantumQueue")).containsExactly("aws.sqs.queue");
    }

    @Test
    void nothingCloseSuggestsNothingAndTheSentenceIsEmpty() {
        assertThat(TypeSuggestions.nearest(catalog, "acme.teleporter.portal")).isEmpty();
        assertThat(TypeSuggestions.didYouMean(catalog, "acme.teleporter.portal")).isEmpty();
        assertThat(TypeSuggestions.didYouMean(catalog, "aws.lamda.function"))
                .isEqualTo("; did you mean 'aws.lambda.function'?");
    }
}
