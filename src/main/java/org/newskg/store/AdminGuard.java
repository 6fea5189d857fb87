package org.newskg.store;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Access control for Fuseki's admin endpoints ({@code /$/...}), which have none of their own:
 * reading (server status, dataset list, statistics, ping) and validating query text are open;
 * everything that changes the server (adding or deleting datasets, backup, compaction) needs a
 * logged-in user, and is refused outright when the server runs without a password file.
 */
final class AdminGuard implements Filter {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final boolean hasUsers;

    AdminGuard(boolean hasUsers) {
        this.hasUsers = hasUsers;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (isHarmless(request)) {
            chain.doFilter(req, res);
            return;
        }
        if (!hasUsers) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN,
                    "server administration is disabled: restart with --password-file to enable it");
            return;
        }
        // Asks the container to authenticate; it answers 401 with a challenge when that fails.
        if (request.getUserPrincipal() != null || request.authenticate(response))
            chain.doFilter(req, res);
    }

    private static boolean isHarmless(HttpServletRequest request) {
        if (READ_METHODS.contains(request.getMethod()))
            return true;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && path.startsWith("/$/validate/");
    }
}
