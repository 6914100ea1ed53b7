package dev.commis.chat.commands;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a ring of a repeat tells the cook to do, from the words before "every" (EN and FR). */
class RepeatActionTest {

    @ParameterizedTest(name = "\"{0}\" is \"{1}\"")
    @CsvSource(delimiter = ';', value = {
            "Add the rest and simmer, covered, for 1 hour, stirring ; stirring",
            "Simmer for 1 hour stirring ; stirring",
            "Stir pork ; Stir pork",
            "Roast the chicken for 1 hour, basting it ; basting it",
            "laisser mijoter 1 h en remuant ; en remuant",
            "Cuire à feu doux en mélangeant ; en mélangeant",
            "Bake the pudding ; Bake the pudding",
            "Check the filling ; Check the filling",
            "Arroser ; Arroser",
    })
    void namesTheGestureToRepeat(String before, String action) {
        assertThat(RepeatAction.of(before)).isEqualTo(action);
    }
}
