package fr.dmpindicators.dashboard;

import fr.dmpindicators.api.DashboardsApi;
import fr.dmpindicators.http.Revalidated;
import fr.dmpindicators.language.Language;
import fr.dmpindicators.metrics.ServiceMetrics;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;

/** HTTP access to a territory's dashboard card. */
@Path("/")
@Revalidated
public class DashboardResource implements DashboardsApi {

    @Inject
    DashboardService dashboards;

    @Inject
    DashboardMapper mapper;

    @Inject
    ServiceMetrics metrics;

    @Context
    HttpHeaders headers;

    @Override
    public Response getDashboard(String code, LocalDate asOf) {
        metrics.indicatorRead("dashboard");
        return Response.ok(mapper.card(dashboards.dashboard(code, asOf),
                Language.of(headers.getHeaderString(Language.ACCEPT_LANGUAGE)))).build();
    }
}
