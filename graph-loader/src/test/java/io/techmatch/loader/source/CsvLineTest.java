package io.techmatch.loader.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class CsvLineTest {
    @Test
    void quotedFieldsKeepTheirCommasAndABrokenQuoteIsACheckedError() throws Exception {
        assertThat(CsvLine.parse("a,\"b,c\",,d")).containsExactly("a", "b,c", "", "d");
        // a broken quote must become a reject of that row, not abort the load with an unchecked exception
        assertThatThrownBy(() -> CsvLine.parse("600000,\"浦发银行,银行")).isInstanceOf(IOException.class);
    }
}
