package dev.commis.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.store.Database;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenTokensTest {

    @TempDir
    Path data;

    @Test
    void aChatKeepsOneUnguessableTokenAcrossARestart() throws Exception {
        String token;
        try (Database database = Database.open(data)) {
            ScreenTokens tokens = new ScreenTokens(database, new SecureRandom());
            token = tokens.tokenFor("telegram:42");
            assertThat(token).matches("[A-Za-z0-9_-]{32}");
            assertThat(tokens.tokenFor("telegram:42")).isEqualTo(token);
            assertThat(tokens.chatOf(token)).contains("telegram:42");
        }
        try (Database database = Database.open(data)) {
            ScreenTokens tokens = new ScreenTokens(database, new SecureRandom());
            assertThat(tokens.chatOf(token)).contains("telegram:42");
            assertThat(tokens.tokenOf("telegram:42")).contains(token);
        }
    }

    @Test
    void everyChatHasItsOwnTokenAndNoTokenNamesAnotherChat() throws Exception {
        try (Database database = Database.inMemory()) {
            ScreenTokens tokens = new ScreenTokens(database, new SecureRandom());
            Set<String> seen = new HashSet<>();
            for (int chat = 0; chat < 200; chat++) {
                String token = tokens.tokenFor("discord:" + chat);
                assertThat(seen.add(token)).isTrue();
                assertThat(tokens.chatOf(token)).contains("discord:" + chat);
            }
        }
    }

    @Test
    void aRevokedTokenNamesNoChatAndTheNextLinkIsNew() throws Exception {
        try (Database database = Database.inMemory()) {
            ScreenTokens tokens = new ScreenTokens(database, new SecureRandom());
            String first = tokens.tokenFor("console");

            assertThat(tokens.revoke("console")).isTrue();
            assertThat(tokens.revoke("console")).isFalse();

            assertThat(tokens.chatOf(first)).isEmpty();
            assertThat(tokens.tokenOf("console")).isEmpty();
            assertThat(tokens.tokenFor("console")).isNotEqualTo(first);
        }
    }

    @Test
    void tokensOfTheWrongShapeAreNotLookedUp() throws Exception {
        try (Database database = Database.inMemory()) {
            ScreenTokens tokens = new ScreenTokens(database, new SecureRandom());
            String token = tokens.tokenFor("console");

            assertThat(tokens.chatOf(null)).isEmpty();
            assertThat(tokens.chatOf("")).isEmpty();
            assertThat(tokens.chatOf(token + "x")).isEmpty();
            assertThat(tokens.chatOf("' OR 1=1 --")).isEmpty();
            assertThat(tokens.chatOf(token.toUpperCase().equals(token) ? token.toLowerCase() : token.toUpperCase())).isEmpty();
        }
    }
}
