// Where recordings go: user-dirs.dirs as desktops write it (quoted, with a literal $HOME), the
// fallbacks, and names that never overwrite. Every test uses a fake home folder.

import Foundation
import Testing
@testable import Recording

struct VideoFolderTests {
    /// A fake home with `~/.config/user-dirs.dirs` holding `userDirs` (none when nil).
    private func makeHome(userDirs: String?) throws -> String {
        let home = makeTemporaryFolder("home")
        if let userDirs {
            try FileManager.default.createDirectory(atPath: home + "/.config",
                                                    withIntermediateDirectories: true)
            try userDirs.write(toFile: home + "/.config/user-dirs.dirs", atomically: true,
                               encoding: .utf8)
        }
        return home
    }

    @Test func readsTheVideosFolderAsDesktopsWriteIt() throws {
        let home = try makeHome(userDirs: """
            # This file is written by xdg-user-dirs-update
            # If you want to change or add directories, just edit the line you're
            # interested in. All local changes will be retained on the next run.
            XDG_DESKTOP_DIR="$HOME/Desktop"
            XDG_VIDEOS_DIR="$HOME/Vidéos/Screen casts"
            XDG_MUSIC_DIR="$HOME/Music"

            """)
        let folder = VideoFolder.resolve(environment: ["HOME": home])
        #expect(folder.path == home + "/Vidéos/Screen casts")
    }

    @Test func fallsBackToVideosInHome() throws {
        let noFile = try makeHome(userDirs: nil)
        #expect(VideoFolder.resolve(environment: ["HOME": noFile]).path == noFile + "/Videos")

        let noEntry = try makeHome(userDirs: "XDG_MUSIC_DIR=\"$HOME/Music\"\n")
        #expect(VideoFolder.resolve(environment: ["HOME": noEntry]).path == noEntry + "/Videos")
    }

    @Test func aConfiguredFolderWins() throws {
        let home = try makeHome(userDirs: "XDG_VIDEOS_DIR=\"$HOME/Videos\"\n")
        let environment = ["HOME": home]
        #expect(VideoFolder.resolve(configured: "/srv/casts", environment: environment).path
                == "/srv/casts")
        #expect(VideoFolder.resolve(configured: "~/casts", environment: environment).path
                == home + "/casts")
    }

    @Test func honoursXDGConfigHome() throws {
        let home = try makeHome(userDirs: nil)
        let config = makeTemporaryFolder("config")
        try "XDG_VIDEOS_DIR=\"/media/videos\"\n".write(toFile: config + "/user-dirs.dirs",
                                                        atomically: true, encoding: .utf8)
        let folder = VideoFolder.resolve(environment: ["HOME": home, "XDG_CONFIG_HOME": config])
        #expect(folder.path == "/media/videos")
    }

    @Test func parsesTheCornersOfTheFormat() {
        let home = "/home/ada"
        func videos(_ line: String) -> String? {
            UserDirectories(parsing: line, home: home).videos
        }
        #expect(videos("XDG_VIDEOS_DIR=\"$HOME/Videos\"") == "/home/ada/Videos")
        #expect(videos("  XDG_VIDEOS_DIR = \"$HOME/Videos\"  # trailing") == "/home/ada/Videos")
        #expect(videos("XDG_VIDEOS_DIR=\"${HOME}/Films\"") == "/home/ada/Films")
        #expect(videos("XDG_VIDEOS_DIR=\"/data/videos\"") == "/data/videos")
        #expect(videos("XDG_VIDEOS_DIR=\"$HOME/My \\\"Best\\\" Takes\"")
                == "/home/ada/My \"Best\" Takes")
        #expect(videos("XDG_VIDEOS_DIR=$HOME/Unquoted") == "/home/ada/Unquoted")
        #expect(videos("XDG_VIDEOS_DIR=\"$HOME/\"") == "/home/ada")  // disabled: home itself
        #expect(videos("XDG_VIDEOS_DIR=\"$HOME\"") == "/home/ada")
        #expect(videos("XDG_VIDEOS_DIR=\"relative/path\"") == nil)
        #expect(videos("XDG_VIDEOS_DIR=\"$HOMEWORK/x\"") == nil)
        #expect(videos("XDG_VIDEOS_DIR=\"$HOME/open quote") == nil)
        #expect(videos("# XDG_VIDEOS_DIR=\"$HOME/Commented\"") == nil)
        #expect(videos("XDG_VIDEOS_DIR=\"$HOME/A\"\r\nXDG_VIDEOS_DIR=\"$HOME/B\"\r\n")
                == "/home/ada/B")
        #expect(UserDirectories(parsing: "XDG_VIDEOS_DIR=\"$HOME/V\"", home: "/").videos == "/V")
    }

    @Test func namesAreTimestampedAndNeverOverwrite() throws {
        let folder = VideoFolder(path: makeTemporaryFolder("names") + "/new/sub")
        let date = Date(timeIntervalSince1970: 1_796_314_805)  // 2026-12-03 16:20:05 UTC
        let utc = try #require(TimeZone(identifier: "UTC"))

        let first = try folder.reserveFile(extension: "mp4", date: date, timeZone: utc)
        let second = try folder.reserveFile(extension: "mp4", date: date, timeZone: utc)
        let third = try folder.reserveFile(extension: "mp4", date: date, timeZone: utc)
        let screenshot = try folder.reserveFile(extension: "png", date: date, timeZone: utc)

        #expect(first == folder.path + "/neurolume-2026-12-03_16-20-05.mp4")
        #expect(second == folder.path + "/neurolume-2026-12-03_16-20-05-2.mp4")
        #expect(third == folder.path + "/neurolume-2026-12-03_16-20-05-3.mp4")
        #expect(screenshot == folder.path + "/neurolume-2026-12-03_16-20-05.png")
        #expect(FileManager.default.fileExists(atPath: third))
    }

    @Test func anUnusableFolderIsAClearError() throws {
        let blocker = makeTemporaryFolder("folder-blocked") + "/file"
        #expect(FileManager.default.createFile(atPath: blocker, contents: Data()))
        #expect {
            try VideoFolder(path: blocker + "/videos").reserveFile(extension: "mp4")
        } throws: { error in
            guard case .cannotCreateFolder(let path, let reason) = error as? RecordingError else {
                return false
            }
            return path == blocker && reason == "a file of that name is in the way"
        }
    }
}
