package bench.empty;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** One endpoint, so that the REST layer starts as it does in the service. */
@Path("/hello")
public class Hello {

    @GET
    public String hello() {
        return "hello";
    }
}
