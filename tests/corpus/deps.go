// Package corpus only pins the libraries whose escape-analysis output makes
// up the corpus (see README.md and regen.sh).  The blank imports keep
// `go mod tidy` from dropping the requirements; nothing here is built into
// the logs.
package corpus

import (
	_ "github.com/BurntSushi/toml"
	_ "github.com/dustin/go-humanize"
	_ "github.com/go-chi/chi/v5"
	_ "github.com/golang/snappy"
	_ "github.com/google/uuid"
	_ "github.com/gorilla/mux"
	_ "github.com/gorilla/websocket"
	_ "github.com/json-iterator/go"
	_ "github.com/julienschmidt/httprouter"
	_ "github.com/klauspost/compress/flate"
	_ "github.com/klauspost/compress/s2"
	_ "github.com/klauspost/compress/snappy"
	_ "github.com/klauspost/compress/zstd"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/rs/zerolog"
	_ "github.com/rs/zerolog/hlog"
	_ "github.com/rs/zerolog/journald"
	_ "github.com/rs/zerolog/pkgerrors"
	_ "github.com/sirupsen/logrus"
	_ "github.com/spf13/cobra"
	_ "github.com/spf13/pflag"
	_ "github.com/tidwall/gjson"
	_ "github.com/urfave/cli/v2"
	_ "go.uber.org/zap"
	_ "gopkg.in/yaml.v3"
)
