import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;

class Security {
    void configure(HttpSecurity http) throws Exception {
        // ruleid: spring-csrf-disabled
        http.csrf().disable();
        // ruleid: spring-csrf-disabled
        http.csrf(csrf -> csrf.disable());
        // ruleid: spring-csrf-disabled
        http.csrf(AbstractHttpConfigurer::disable);
        // ok: spring-csrf-disabled
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/webhook"));
        // ok: spring-csrf-disabled
        http.formLogin().disable();
    }
}
